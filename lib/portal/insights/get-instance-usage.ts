import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { computeInstanceDay, type InstanceDayCounts } from "./compute-instance-day";
import { MINUTE_MS } from "@/lib/kernel/time/durations";
import { addUtcDays, utcDay } from "@/lib/kernel/time/utc-day";

/** How many days the dashboard shows. */
const DASHBOARD_DAYS = 90;
// Usage counters reach the database within seconds (lib/portal/insights/record-usage.ts); a day
// counts as finished, and so fixed, once it ended this long ago.
const SETTLE_MS = 10 * MINUTE_MS;

export type InstanceDay = {
  day: string;
  signups: number;
  signins: number;
  signin_failures: number;
  tokens: number;
  active_apps: number;
  active_users: number;
};

const toView = (day: string, counts: InstanceDayCounts): InstanceDay => ({
  day,
  signups: counts.signups,
  signins: counts.signins,
  signin_failures: counts.signinFailures,
  tokens: counts.tokens,
  active_apps: counts.activeApps,
  active_users: counts.activeUsers,
});

/** The `days` UTC days up to `now`'s, oldest first. */
const lastDays = (days: number, now: Date) => {
  const today = utcDay(now);
  return Array.from({ length: days }, (_, i) => addUtcDays(today, i + 1 - days));
};
const settledBefore = (now: Date) => utcDay(new Date(now.getTime() - SETTLE_MS));

/**
 * The instance dashboard's daily series (admins only, /admin): sign-ups and sign-ins from the audit
 * log, tokens, active apps (apps that got a token) and active users (distinct across apps) from the
 * usage aggregates (ARCHITECTURE.md "Insights"), `days` UTC days up to today. A finished day is
 * counted once and kept in InstanceUsageDay, shared by every process (the maintenance pass keeps
 * them ahead of any view, keepInstanceUsageDays); only the unfinished days are counted on each
 * view, one small aggregate per day, so the page never holds up other requests however long the
 * history (ARCHITECTURE.md "Scale").
 */
export async function getInstanceUsage(
  actor: AnyActor,
  days = DASHBOARD_DAYS,
  now = new Date(),
): Promise<InstanceDay[]> {
  const db = getDb();
  await assertAdmin(db, actor);
  const wanted = lastDays(days, now);
  const settled = settledBefore(now);
  const kept = new Map(
    (await db.instanceUsageDay.findMany({ where: { day: { gte: wanted[0], lt: settled } } })).map((row) => [
      row.day,
      row,
    ]),
  );
  const series: InstanceDay[] = [];
  for (const day of wanted) {
    const counts = kept.get(day) ?? (await countDay(day, settled));
    series.push(toView(day, counts));
  }
  return series;
}

/** Counts one day; keeps it when it is finished. */
async function countDay(day: string, settled: string): Promise<InstanceDayCounts> {
  const db = getDb();
  const counts = await computeInstanceDay(db, day);
  if (day < settled) await db.instanceUsageDay.upsert({ where: { day }, create: { day, ...counts }, update: counts });
  return counts;
}

/**
 * Counts and keeps every finished day of the dashboard's window not kept yet, pausing between days
 * (run by the maintenance pass after the purge, lib/provider/oidc/purge-expired-payloads.ts), so an
 * administrator's first view finds them ready. Returns how many days it counted.
 */
export async function keepInstanceUsageDays(
  _system: SystemActor,
  now = new Date(),
  shouldStop: () => boolean = () => false,
): Promise<number> {
  const settled = settledBefore(now);
  const wanted = lastDays(DASHBOARD_DAYS, now).filter((day) => day < settled);
  const kept = new Set(
    (await getDb().instanceUsageDay.findMany({ where: { day: { gte: wanted[0] } }, select: { day: true } })).map(
      (row) => row.day,
    ),
  );
  let counted = 0;
  for (const day of wanted.filter((d) => !kept.has(d))) {
    if (shouldStop()) break;
    await countDay(day, settled);
    counted++;
    await sleep(5);
  }
  return counted;
}
