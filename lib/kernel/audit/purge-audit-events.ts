import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DAY_MS } from "@/lib/kernel/time/durations";

/**
 * Deletes events older than NINKA_AUDIT_RETENTION_DAYS; returns how many. Idempotent, so several
 * processes may run it on one database.
 */
export async function purgeAuditEvents(_system: SystemActor, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - getConfig().NINKA_AUDIT_RETENTION_DAYS * DAY_MS);
  const { count } = await getDb().auditEvent.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
