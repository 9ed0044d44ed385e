import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDcrPolicy } from "./dcr-policy";
import type { DcrMode } from "./dcr-modes";
import { readSetting, type SettingsReader } from "./read-setting";
import { updateSetting, type SettingRequest } from "./update-setting";
import { CLIENT_ID_DOCUMENT_MODE_NAMES, MAX_DOCUMENT_HOSTS } from "./client-id-document-modes";

// Client ID metadata documents (ARCHITECTURE.md "Dynamic registration"): an app may present an
// https URL as its client_id, and Ninka fetches the app's metadata from it. Off, on, or `auto`
// (the default): on whenever dynamic registration is (token or open), since both let apps that
// no developer registered ask for consent. Hosts: an allowlist (empty: any public host) and a
// denylist (wins), compared with the URL's host name exactly.
const SETTING = "client-id-documents";

const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/, { error: "Enter host names such as claude.ai." });
const hosts = z.array(host).max(MAX_DOCUMENT_HOSTS, { error: `At most ${MAX_DOCUMENT_HOSTS} hosts.` });
const settingSchema = z.object({
  mode: z.enum(CLIENT_ID_DOCUMENT_MODE_NAMES, { error: "Choose when client ID documents are accepted." }),
  allowHosts: hosts.default([]),
  denyHosts: hosts.default([]),
});
export type ClientIdDocumentSetting = z.output<typeof settingSchema>;
const DEFAULT: ClientIdDocumentSetting = { mode: "auto", allowHosts: [], denyHosts: [] };
// A stored value that does not parse reads as off: the safe reading.
const UNREADABLE: ClientIdDocumentSetting = { ...DEFAULT, mode: "off" };

/** The setting as stored (`db` null: through the hot path's prepared statement). */
export function getClientIdDocumentSetting(db: SettingsReader | null = null): Promise<ClientIdDocumentSetting> {
  return readSetting(db, SETTING, settingSchema, DEFAULT, UNREADABLE);
}

async function isOn({ mode }: ClientIdDocumentSetting, dcrMode?: DcrMode): Promise<boolean> {
  return mode === "auto" ? (dcrMode ?? (await getDcrPolicy()).mode) !== "off" : mode === "on";
}

/** Whether documents are accepted at all (the mode; auto follows `dcrMode`, read when not given). */
export async function clientIdDocumentsOn(dcrMode?: DcrMode): Promise<boolean> {
  return isOn(await getClientIdDocumentSetting(), dcrMode);
}

/** Whether a document at `url` may be fetched now: the mode, then the hosts (deny wins). */
export async function acceptsClientIdDocument(url: URL): Promise<boolean> {
  const setting = await getClientIdDocumentSetting();
  if (!(await isOn(setting))) return false;
  const name = url.hostname.toLowerCase();
  if (setting.denyHosts.includes(name)) return false;
  return !setting.allowHosts.length || setting.allowHosts.includes(name);
}

/** Changes the setting (admins and the CLI), recorded like every setting. */
export function updateClientIdDocumentSetting(
  actor: AnyActor,
  input: unknown,
  request?: SettingRequest,
): Promise<ClientIdDocumentSetting> {
  return updateSetting(
    actor,
    { name: SETTING, schema: settingSchema, read: getClientIdDocumentSetting },
    input,
    request,
  );
}
