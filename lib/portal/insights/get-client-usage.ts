import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { clientNotFound, parseClientId } from "@/lib/portal/clients/client-id";
import { ownedByActor } from "@/lib/kernel/actors/owner-scope";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { TOKEN_METRIC_PREFIX, USAGE_METRICS } from "./usage-metrics";
import { usageQuerySchema, type UsageDay, type UsageSeries } from "./schemas";
import { addUtcDays, utcDay } from "@/lib/kernel/time/utc-day";

/** The daily usage of one of the actor's or their teams' apps (any role); anyone else's is NotFound. */
export async function getClientUsage(actor: Actor, clientIdInput: unknown, query: unknown): Promise<UsageSeries> {
  const clientId = parseClientId(clientIdInput);
  const range = parseOrThrow(usageQuerySchema, query, "Check from and to.");
  const client = await getDb().client.findFirst({
    where: { id: clientId, ...ownedByActor(actor) },
    select: { id: true },
  });
  if (!client) throw clientNotFound();
  return countUsage(clientId, range);
}

/**
 * The daily series of an app whose reader was already checked (its owner above, or an
 * administrator in lib/portal/admin/get-admin-client-usage.ts): one row a day, every day of `range`.
 */
export async function countUsage(
  clientId: string,
  range: { from: string; to: string; days: number },
): Promise<UsageSeries> {
  const db = getDb();
  const where = { clientId, day: { gte: range.from, lte: range.to } };
  const [counters, users] = await Promise.all([
    db.clientUsageDay.findMany({ where }),
    db.clientUserDay.groupBy({ by: ["day"], where, _count: { _all: true } }),
  ]);
  const days = new Map<string, UsageDay>();
  for (let i = 0; i < range.days; i++) {
    const day = addUtcDays(range.from, i);
    days.set(day, emptyDay(day));
  }
  for (const row of counters) {
    const entry = days.get(row.day);
    if (!entry) continue;
    if (row.metric.startsWith(TOKEN_METRIC_PREFIX)) {
      const grant = row.metric.slice(TOKEN_METRIC_PREFIX.length);
      entry.tokens[grant] = (entry.tokens[grant] ?? 0) + row.count;
      entry.tokens_total += row.count;
    } else if (row.metric === USAGE_METRICS.authFailed) entry.failed_authentications += row.count;
    else if (row.metric === USAGE_METRICS.refreshReuse) entry.refresh_token_reuse += row.count;
    else if (row.metric === USAGE_METRICS.consentGranted) entry.consents_granted += row.count;
    else if (row.metric === USAGE_METRICS.consentRemoved) entry.consents_removed += row.count;
  }
  for (const row of users) {
    const entry = days.get(row.day);
    if (entry) entry.active_users = row._count._all;
  }
  return { client_id: clientId, from: range.from, to: range.to, days: [...days.values()] };
}

const emptyDay = (day: string): UsageDay => ({
  day,
  tokens: {},
  tokens_total: 0,
  active_users: 0,
  failed_authentications: 0,
  refresh_token_reuse: 0,
  consents_granted: 0,
  consents_removed: 0,
});

/** The last `days` UTC days of one of the actor's apps, today included (the app page's charts). */
export function getRecentClientUsage(
  actor: Actor,
  clientId: unknown,
  days: number,
  now = new Date(),
): Promise<UsageSeries> {
  return getClientUsage(actor, clientId, { from: addUtcDays(utcDay(now), 1 - days), to: utcDay(now) });
}
