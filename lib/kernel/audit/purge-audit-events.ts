import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { deleteInBatches } from "@/lib/kernel/db/delete-in-batches";
import { DAY_MS } from "@/lib/kernel/time/durations";

/**
 * Deletes events older than NINKA_AUDIT_RETENTION_DAYS, in small batches (oldest first, along the
 * AuditEvent(createdAt, id) index); returns how many. Idempotent, so several processes may run it
 * on one database.
 */
export async function purgeAuditEvents(
  _system: SystemActor,
  now = new Date(),
  shouldStop?: () => boolean,
): Promise<number> {
  const before = new Date(now.getTime() - getConfig().NINKA_AUDIT_RETENTION_DAYS * DAY_MS);
  const db = getDb();
  return deleteInBatches(async (limit) => {
    const rows = await db.auditEvent.findMany({
      where: { createdAt: { lt: before } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
      take: limit,
    });
    if (!rows.length) return 0;
    await db.auditEvent.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    return rows.length;
  }, shouldStop);
}
