import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { TOKEN_METRIC_PREFIX } from "./usage-metrics";
import { addUtcDays, utcDay, utcDayStart } from "@/lib/kernel/time/utc-day";

export type InstanceDay = {
  day: string;
  signups: number;
  signins: number;
  signin_failures: number;
  tokens: number;
  active_apps: number;
  active_users: number;
};

/**
 * The instance dashboard's daily series (admins only, /admin): sign-ups and sign-ins from the audit
 * log, tokens, active apps (apps that got a token) and active users (distinct across apps) from the
 * usage aggregates (ARCHITECTURE.md "Insights"). `days` UTC days up to today.
 */
export async function getInstanceUsage(actor: AnyActor, days = 90, now = new Date()): Promise<InstanceDay[]> {
  const db = getDb();
  await assertAdmin(db, actor);
  const from = addUtcDays(utcDay(now), 1 - days);
  const since = utcDayStart(from);
  const [tokens, users, events] = await Promise.all([
    db.clientUsageDay.findMany({
      where: { day: { gte: from }, metric: { startsWith: TOKEN_METRIC_PREFIX } },
      select: { day: true, clientId: true, count: true },
    }),
    db.clientUserDay.findMany({
      where: { day: { gte: from } },
      select: { day: true, userDigest: true },
      distinct: ["day", "userDigest"],
    }),
    db.auditEvent.findMany({
      where: { createdAt: { gte: since }, action: { in: ["signup.succeeded", "signin.succeeded", "signin.failed"] } },
      select: { createdAt: true, action: true },
    }),
  ]);
  const series = new Map<string, InstanceDay & { apps: Set<string> }>();
  for (let i = 0; i < days; i++) {
    const day = addUtcDays(from, i);
    series.set(day, {
      day,
      signups: 0,
      signins: 0,
      signin_failures: 0,
      tokens: 0,
      active_apps: 0,
      active_users: 0,
      apps: new Set(),
    });
  }
  for (const row of tokens) {
    const entry = series.get(row.day);
    if (!entry) continue;
    entry.tokens += row.count;
    if (row.count > 0) entry.apps.add(row.clientId);
  }
  for (const row of users) {
    const entry = series.get(row.day);
    if (entry) entry.active_users += 1;
  }
  for (const event of events) {
    const entry = series.get(utcDay(event.createdAt));
    if (!entry) continue;
    if (event.action === "signup.succeeded") entry.signups += 1;
    else if (event.action === "signin.succeeded") entry.signins += 1;
    else entry.signin_failures += 1;
  }
  return [...series.values()].map(({ apps, ...day }) => ({ ...day, active_apps: apps.size }));
}
