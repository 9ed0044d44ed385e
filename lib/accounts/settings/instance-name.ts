import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { readSetting, type SettingsReader } from "./read-setting";
import { updateSetting, type SettingRequest } from "./update-setting";

// What people call this Ninka ("Acme ID"): in page titles, on the consent screen, in mails.
const INSTANCE_NAME_SETTING = "instance-name";
export const INSTANCE_NAME_MAX = 60;

const instanceNameSchema = z.object({
  // Empty: back to the default, the host.
  name: plainText({ error: "Enter a name." })
    .trim()
    .max(INSTANCE_NAME_MAX, { error: `Keep the name to ${INSTANCE_NAME_MAX} characters.` }),
});

/** The host of NINKA_URL: the name until an administrator gives one. */
const defaultName = () => new URL(getConfig().NINKA_URL).host;

// `db` null: through the hot path's prepared statement, since every page title reads it.
const readStored = (db: SettingsReader | null) =>
  readSetting(db, INSTANCE_NAME_SETTING, instanceNameSchema, { name: "" }, { name: "" });

/** The name an administrator gave ("" for none) and the host it falls back to. */
export async function getInstanceNameSetting() {
  const { name } = await readStored(null);
  return { name, host: defaultName() };
}

/** The instance's name, or its host when none is set (or the stored one cannot be read). */
export async function getInstanceName(): Promise<string> {
  const { name, host } = await getInstanceNameSetting();
  return name || host;
}

/** Names the instance (admins and the CLI), recording the change; an empty name restores the host. */
export async function updateInstanceName(actor: AnyActor, input: unknown, request?: SettingRequest): Promise<string> {
  const { name } = await updateSetting(
    actor,
    { name: INSTANCE_NAME_SETTING, schema: instanceNameSchema, read: readStored },
    input,
    request,
  );
  return name || defaultName();
}
