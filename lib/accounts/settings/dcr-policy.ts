import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import type { Db } from "@/lib/kernel/db/client";
import { readSetting, type SettingsReader } from "./read-setting";
import { updateSetting, type SettingRequest } from "./update-setting";
import { DCR_MODE_NAMES } from "./dcr-modes";

const DCR_POLICY_SETTING = "dcr-policy";
const dcrPolicySchema = z.object({ mode: z.enum(DCR_MODE_NAMES, { error: "Choose who may register apps." }) });
export type DcrPolicy = z.output<typeof dcrPolicySchema>;

/**
 * The registration policy in force: off by default and when the stored value cannot be read.
 * `db` null: through the hot path's prepared statement (every registration request reads it).
 */
export function getDcrPolicy(db: SettingsReader | null = null): Promise<DcrPolicy> {
  return readSetting(db, DCR_POLICY_SETTING, dcrPolicySchema, { mode: "off" }, { mode: "off" });
}

/**
 * Inside a transaction: takes the write lock on the policy's row, then reads the policy. Apps
 * registered under `open` are counted and inserted under it, one at a time in every process (as
 * lib/kernel/db/lock-user.ts does for per-user caps), and a change of policy waits for them.
 */
export async function lockDcrPolicy(tx: Pick<Db, "instanceSetting">): Promise<DcrPolicy> {
  await tx.instanceSetting.updateMany({ where: { name: DCR_POLICY_SETTING }, data: { name: DCR_POLICY_SETTING } });
  return getDcrPolicy(tx);
}

/** Sets who may register apps dynamically (admins and the CLI), recording the change. */
export function updateDcrPolicy(actor: AnyActor, input: unknown, request?: SettingRequest): Promise<DcrPolicy> {
  return updateSetting(
    actor,
    { name: DCR_POLICY_SETTING, schema: dcrPolicySchema, read: getDcrPolicy },
    input,
    request,
  );
}
