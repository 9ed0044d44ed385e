import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { deleteInBatches } from "@/lib/kernel/db/delete-in-batches";
import { expiresAfter, LIFETIMES } from "@/lib/kernel/time/lifetimes";

/**
 * Deletes adapter rows that expired before now, a batch at a time along the OidcPayload(expiresAt)
 * index, and device notes no session has saved for a whole session lifetime (their session expired
 * or was ended); returns how many adapter rows went.
 */
export async function purgeExpiredPayloads(
  _system: SystemActor,
  now = new Date(),
  shouldStop?: () => boolean,
): Promise<number> {
  const db = getDb();
  const purged = await deleteInBatches(async (limit) => {
    const rows = await db.oidcPayload.findMany({
      where: { expiresAt: { lt: now } },
      select: { model: true, id: true },
      take: limit,
    });
    for (const model of new Set(rows.map((row) => row.model))) {
      const ids = rows.filter((row) => row.model === model).map((row) => row.id);
      await db.oidcPayload.deleteMany({ where: { model, id: { in: ids } } });
    }
    return rows.length;
  }, shouldStop);
  await db.sessionDevice.deleteMany({ where: { lastSeenAt: { lt: expiresAfter(-LIFETIMES.session, now) } } });
  return purged;
}
