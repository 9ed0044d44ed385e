import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { readSetting, type SettingsReader } from "./read-setting";

// App review (ARCHITECTURE.md "App review"): off by default, so a new install behaves as before.
export const APP_REVIEW_SETTING = "app-review";
const appReviewSchema = z.object({ enabled: z.boolean() });
export type AppReviewSetting = z.output<typeof appReviewSchema>;

/** Whether new apps start in Testing; on when the stored value cannot be read (the safe side). */
export function getAppReviewSetting(db: SettingsReader | null = null): Promise<AppReviewSetting> {
  return readSetting(db, APP_REVIEW_SETTING, appReviewSchema, { enabled: false }, { enabled: true });
}

// From the admin form: a checkbox, present ("on") when ticked.
const formSchema = z.object({ enabled: z.unknown().transform((value) => value === true || value === "on") });

/** Turns app review on or off (admins only), recording the change. */
export async function updateAppReviewSetting(
  actor: AnyActor,
  input: unknown,
  request?: { ip?: string | null; userAgent?: string | null },
) {
  const setting = parseOrThrow(formSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const before = await getAppReviewSetting(tx);
    const value = JSON.stringify(setting);
    await tx.instanceSetting.upsert({
      where: { name: APP_REVIEW_SETTING },
      create: { name: APP_REVIEW_SETTING, value },
      update: { value },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "settings.changed",
      target: { type: "settings", id: APP_REVIEW_SETTING },
      request,
      details: { before, after: setting },
    });
    return setting;
  });
}
