import "server-only";
import type { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import type { SettingsReader } from "./read-setting";

export type SettingRequest = { ip?: string | null; userAgent?: string | null };

/**
 * Stores one instance setting an administrator (or the CLI) changed: admins only, the value parsed
 * by its own schema, the row and its `settings.changed` audit event (with before and after) in one
 * transaction (ARCHITECTURE.md "Audit log").
 */
export async function updateSetting<S extends z.ZodType>(
  actor: AnyActor,
  setting: { name: string; schema: S; read: (db: SettingsReader) => Promise<z.output<S>> },
  input: unknown,
  request?: SettingRequest,
): Promise<z.output<S>> {
  const after = parseOrThrow(setting.schema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const before = await setting.read(tx);
    const value = JSON.stringify(after);
    await tx.instanceSetting.upsert({
      where: { name: setting.name },
      create: { name: setting.name, value },
      update: { value },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "settings.changed",
      target: { type: "settings", id: setting.name },
      request,
      details: { before, after },
    });
    return after;
  });
}
