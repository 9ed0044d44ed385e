import "server-only";
import { createHash } from "node:crypto";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { describeError, log } from "@/lib/kernel/log";
import type { UsageMetric } from "./usage-metrics";
import { utcDay } from "@/lib/kernel/time/utc-day";

// Usage is counted in memory and written every few seconds as additive upserts ("count = count +
// n"), so a token request never waits for the database and several processes sharing one
// PostgreSQL add up exactly (ARCHITECTURE.md "Insights"). Distinct users are exact: one
// (app, day, user digest) row, inserted or ignored.
const FLUSH_INTERVAL_MS = 2_000;
const SEP = "\u0001";

type Pending = { counts: Map<string, number>; users: Set<string> };
const store = globalThis as unknown as { __ninkaUsage?: Pending; __ninkaUsageFlush?: Promise<void> };
const pending = (): Pending => (store.__ninkaUsage ??= { counts: new Map(), users: new Set() });

export function recordUsage(_system: SystemActor, clientId: string, metric: UsageMetric, by = 1): void {
  const key = [clientId, utcDay(), metric].join(SEP);
  const counts = pending().counts;
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** An account authorized or refreshed with the app today; only a digest of its id is stored. */
export function recordActiveUser(_system: SystemActor, clientId: string, accountId: string): void {
  const digest = createHash("sha256").update(accountId).digest("base64url").slice(0, 22);
  pending().users.add([clientId, utcDay(), digest].join(SEP));
}

/** Writes what was counted since the last flush; on failure the counts are kept for the next one. */
function flushUsage(): Promise<void> {
  const previous = store.__ninkaUsageFlush ?? Promise.resolve();
  const run = previous.then(writePending);
  store.__ninkaUsageFlush = run;
  return run;
}

async function writePending(): Promise<void> {
  const batch = pending();
  if (batch.counts.size === 0 && batch.users.size === 0) return;
  store.__ninkaUsage = { counts: new Map(), users: new Set() };
  const db = getDb();
  // Sorted, so two processes take row locks in the same order and cannot deadlock.
  const counts = [...batch.counts].sort(([a], [b]) => (a < b ? -1 : 1));
  const users = [...batch.users].sort();
  try {
    await db.$transaction([
      ...counts.map(([key, by]) => {
        const [clientId, day, metric] = key.split(SEP);
        return db.$executeRaw`INSERT INTO "ClientUsageDay" ("clientId", "day", "metric", "count") VALUES (${clientId}, ${day}, ${metric}, ${by})
          ON CONFLICT ("clientId", "day", "metric") DO UPDATE SET "count" = "ClientUsageDay"."count" + excluded."count"`;
      }),
      ...users.map((key) => {
        const [clientId, day, digest] = key.split(SEP);
        return db.$executeRaw`INSERT INTO "ClientUserDay" ("clientId", "day", "userDigest") VALUES (${clientId}, ${day}, ${digest}) ON CONFLICT DO NOTHING`;
      }),
    ]);
  } catch (error) {
    log.warn("Writing app usage failed; keeping it for the next flush", { error: describeError(error) });
    const next = pending();
    for (const [key, by] of batch.counts) next.counts.set(key, (next.counts.get(key) ?? 0) + by);
    for (const key of batch.users) next.users.add(key);
  }
}

/** Flushes every few seconds; the returned stop function flushes one last time (SIGTERM). */
export function scheduleUsageFlush(): () => Promise<void> {
  const timer = setInterval(() => void flushUsage(), FLUSH_INTERVAL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return flushUsage();
  };
}
