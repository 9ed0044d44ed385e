import "server-only";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { purgeAuditEvents } from "@/lib/kernel/audit/purge-audit-events";
import { maintainSqlite } from "@/lib/kernel/db/maintain-sqlite";
import { describeError, log } from "@/lib/kernel/log";
import { purgeUnusedClients } from "@/lib/portal/clients/purge-unused-clients";
import { keepInstanceUsageDays } from "@/lib/portal/insights/get-instance-usage";
import { retireExpiredSigningKeys } from "@/lib/oauth-core/keys/update-signing-key";
import { purgeExpiredPayloads } from "./purge-expired-payloads";

// The first pass waits until the server has been answering for a moment: a backlog found at start
// must never delay being ready (ARCHITECTURE.md "Scale").
const FIRST_PASS_DELAY_MS = 5_000;
// The pass serves no request: its lines say which job wrote them instead of a request id
// (ARCHITECTURE.md "Logs").
const JOB = { job: "maintenance" } as const;

/** One step of the pass: its result, or 0 after logging what failed (the next pass tries again). */
const step = (what: string, work: Promise<number>) =>
  work.catch((error: unknown) => {
    log.warn(`${what} failed`, { ...JOB, error: describeError(error) });
    return 0;
  });

/**
 * Every `intervalMs`, starting shortly after the server listens: expired adapter rows, audit
 * events past NINKA_AUDIT_RETENTION_DAYS and apps registered without a token that got none for
 * NINKA_DCR_UNUSED_DAYS go, in batches that yield to requests (so the tables do
 * not grow without bound), retiring signing keys whose tokens have all expired are retired, then SQLite's housekeeping, then the dashboard's finished days are
 * counted ahead of any view. Several processes may run it on one database: every step is
 * idempotent. The timers do not keep the process alive; the returned function stops it.
 */
export function scheduleMaintenance(intervalMs = 10 * 60 * 1000): () => void {
  let stopped = false;
  let running: Promise<void> | null = null;
  const stopping = () => stopped;
  const pass = async () => {
    const rows = await step(
      "Purging expired OIDC rows",
      purgeExpiredPayloads(systemActor("purge"), new Date(), stopping),
    );
    if (rows) log.info(`Purged ${rows} expired OIDC rows`, JOB);
    const events = await step("Purging old audit events", purgeAuditEvents(systemActor("purge"), new Date(), stopping));
    if (events) log.info(`Purged ${events} audit events past their retention`, JOB);
    const apps = await step(
      "Purging unused apps registered without a token",
      purgeUnusedClients(systemActor("purge"), new Date(), stopping),
    );
    if (apps) log.info(`Deleted ${apps} apps registered without a token and unused for NINKA_DCR_UNUSED_DAYS`, JOB);
    const keys = await step("Retiring signing keys", retireExpiredSigningKeys(systemActor("signing-keys"), new Date()));
    if (keys) log.info(`Retired ${keys} signing keys whose tokens have all expired`, JOB);
    if (stopped) return;
    const { pagesFreed } = await maintainSqlite().catch((error: unknown) => {
      log.warn("SQLite housekeeping failed", { ...JOB, error: describeError(error) });
      return { pagesFreed: 0 };
    });
    const days = await step(
      "Counting the dashboard's days",
      keepInstanceUsageDays(systemActor("usage"), new Date(), stopping),
    );
    if (rows || events || apps || keys || pagesFreed || days)
      log.info("Maintenance pass finished", { ...JOB, rows, events, apps, keys, pagesFreed, days });
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
