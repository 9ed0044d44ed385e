import "server-only";
import { systemActor, type SystemActor } from "@/lib/kernel/actors/system-actor";
import { purgeAuditEvents } from "@/lib/kernel/audit/purge-audit-events";
import { getDb } from "@/lib/kernel/db/client";
import { deleteInBatches, PURGE_BATCH_SIZE } from "@/lib/kernel/db/delete-in-batches";
import { maintainSqlite } from "@/lib/kernel/db/maintain-sqlite";
import { describeError, log } from "@/lib/kernel/log";
import { SESSION_TTL } from "./configuration";

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
  const purged = await deleteInBatches(async () => {
    const rows = await db.oidcPayload.findMany({
      where: { expiresAt: { lt: now } },
      select: { model: true, id: true },
      take: PURGE_BATCH_SIZE,
    });
    for (const model of new Set(rows.map((row) => row.model))) {
      const ids = rows.filter((row) => row.model === model).map((row) => row.id);
      await db.oidcPayload.deleteMany({ where: { model, id: { in: ids } } });
    }
    return rows.length;
  }, shouldStop);
  await db.sessionDevice.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - SESSION_TTL * 1000) } } });
  return purged;
}

// The first pass waits until the server has been answering for a moment: a backlog found at start
// must never delay being ready (ARCHITECTURE.md "Scale").
const FIRST_PASS_DELAY_MS = 5_000;

/**
 * Purges every `intervalMs`, starting shortly after the server listens, so the tables do not grow
 * without bound: expired adapter rows and audit events past NINKA_AUDIT_RETENTION_DAYS, in batches
 * that yield to requests, then SQLite's housekeeping. Several processes may purge the same
 * database; the deletes are idempotent. The timers do not keep the process alive.
 */
export function schedulePurge(intervalMs = 10 * 60 * 1000): () => void {
  let stopped = false;
  let running: Promise<void> | null = null;
  const stopping = () => stopped;
  const pass = async () => {
    const rows = await purgeExpiredPayloads(systemActor("purge"), new Date(), stopping).catch((error: unknown) => {
      log.warn("Purging expired OIDC rows failed", { error: describeError(error) });
      return 0;
    });
    if (rows) log.info(`Purged ${rows} expired OIDC rows`);
    const events = await purgeAuditEvents(systemActor("purge"), new Date(), stopping).catch((error: unknown) => {
      log.warn("Purging old audit events failed", { error: describeError(error) });
      return 0;
    });
    if (events) log.info(`Purged ${events} audit events past their retention`);
    if (!stopped)
      await maintainSqlite().catch((error: unknown) =>
        log.warn("SQLite housekeeping failed", { error: describeError(error) }),
      );
  };
  // One pass at a time: a slow pass is never overtaken by the next tick.
  const run = () => {
    if (!running && !stopped) running = pass().finally(() => (running = null));
  };
  const first = setTimeout(run, FIRST_PASS_DELAY_MS);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
