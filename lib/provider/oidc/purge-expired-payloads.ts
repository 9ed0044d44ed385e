import "server-only";
import { systemActor, type SystemActor } from "@/lib/kernel/actors/system-actor";
import { purgeAuditEvents } from "@/lib/kernel/audit/purge-audit-events";
import { getDb } from "@/lib/kernel/db/client";
import { describeError, log } from "@/lib/kernel/log";
import { expiresAfter, LIFETIMES } from "@/lib/kernel/time/lifetimes";

/**
 * Deletes adapter rows that expired before now, and device notes no session has saved for a whole
 * session lifetime (their session expired or was ended); returns how many adapter rows went.
 */
export async function purgeExpiredPayloads(_system: SystemActor, now = new Date()): Promise<number> {
  const { count } = await getDb().oidcPayload.deleteMany({ where: { expiresAt: { lt: now } } });
  await getDb().sessionDevice.deleteMany({
    where: { lastSeenAt: { lt: expiresAfter(-LIFETIMES.session, now) } },
  });
  return count;
}

/**
 * Purges every `intervalMs` so the tables do not grow without bound: expired adapter rows, and
 * audit events past NINKA_AUDIT_RETENTION_DAYS. Several processes may purge
 * the same database; the deletes are idempotent. The timer does not keep the process alive.
 */
export function schedulePurge(intervalMs = 10 * 60 * 1000): () => void {
  const run = () =>
    Promise.all([
      purgeExpiredPayloads(systemActor("purge")).then(
        (count) => count && log.info(`Purged ${count} expired OIDC rows`),
        (error) => log.warn("Purging expired OIDC rows failed", { error: describeError(error) }),
      ),
      purgeAuditEvents(systemActor("purge")).then(
        (count) => count && log.info(`Purged ${count} audit events past their retention`),
        (error) => log.warn("Purging old audit events failed", { error: describeError(error) }),
      ),
    ]);
  const timer = setInterval(run, intervalMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
