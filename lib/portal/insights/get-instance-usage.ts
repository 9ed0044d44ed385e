import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";
import { computeInstanceDay, type InstanceDayCounts } from "./compute-instance-day";
import { usageDay } from "./usage-metrics";

const DAY_MS = 86_400_000;
// Usage counters reach the database within seconds (lib/portal/insights/record-usage.ts); a day
// counts as finished, and so fixed, once it ended this long ago.
const SETTLE_MS = 10 * 60_000;

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

/**
 * The instance dashboard's daily series (admins only, /admin): sign-ups and sign-ins from the audit
 * log, tokens, active apps (apps that got a token) and active users (distinct across apps) from the
 * usage aggregates (ARCHITECTURE.md "Insights"), `days` UTC days up to today. A finished day is
 * counted once and kept in InstanceUsageDay, shared by every process; only the unfinished days are
 * counted on each view, one small aggregate per day, so the page never holds up other requests
 * however long the history (ARCHITECTURE.md "Scale").
 */
export async function getInstanceUsage(actor: AnyActor, days = 90, now = new Date()): Promise<InstanceDay[]> {
  const db = getDb();
  await assertAdmin(db, actor);
  const today = Date.parse(`${usageDay(now)}T00:00:00Z`);
  const wanted = Array.from({ length: days }, (_, i) => usageDay(new Date(today - (days - 1 - i) * DAY_MS)));
  const settled = usageDay(new Date(now.getTime() - SETTLE_MS));
  const kept = new Map(
    (await db.instanceUsageDay.findMany({ where: { day: { gte: wanted[0], lt: settled } } })).map((row) => [
      row.day,
      row,
    ]),
  );
  const series: InstanceDay[] = [];
  for (const day of wanted) {
    const stored = kept.get(day);
    if (stored) {
      series.push(toView(day, stored));
      continue;
    }
    const counts = await computeInstanceDay(db, day);
    if (day < settled) {
      await db.instanceUsageDay.upsert({ where: { day }, create: { day, ...counts }, update: counts });
    }
    series.push(toView(day, counts));
  }
  return series;
}
