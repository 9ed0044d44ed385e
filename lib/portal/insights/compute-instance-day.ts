import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { addUtcDays, utcDayStart } from "@/lib/kernel/time/utc-day";
import { TOKEN_METRIC_PREFIX } from "./usage-metrics";

export type InstanceDayCounts = {
  signups: number;
  signins: number;
  signinFailures: number;
  tokens: number;
  activeApps: number;
  activeUsers: number;
};

const SIGN_IN_ACTIONS = ["signup.succeeded", "signin.succeeded", "signin.failed"] as const;

/**
 * One UTC day of the instance dashboard, counted by the database (ARCHITECTURE.md "Scale"): three
 * aggregate statements, each reading one day's slice of an index (ClientUsageDay(day),
 * ClientUserDay(day), AuditEvent(action, createdAt, id)), so no statement grows with the history
 * and nothing is added up in JavaScript.
 */
export async function computeInstanceDay(
  db: Pick<Db, "$queryRaw" | "auditEvent">,
  day: string,
): Promise<InstanceDayCounts> {
  const start = utcDayStart(day);
  const end = utcDayStart(addUtcDays(day, 1));
  const [[tokens], [users], events] = await Promise.all([
    db.$queryRaw<{ tokens: bigint | number | null; apps: bigint | number }[]>`
      SELECT SUM("count") AS "tokens", COUNT(DISTINCT "clientId") AS "apps" FROM "ClientUsageDay"
      WHERE "day" = ${day} AND "metric" LIKE ${`${TOKEN_METRIC_PREFIX}%`} AND "count" > 0`,
    db.$queryRaw<{ users: bigint | number }[]>`
      SELECT COUNT(DISTINCT "userDigest") AS "users" FROM "ClientUserDay" WHERE "day" = ${day}`,
    db.auditEvent.groupBy({
      by: ["action"],
      where: { action: { in: [...SIGN_IN_ACTIONS] }, createdAt: { gte: start, lt: end } },
      _count: { _all: true },
    }),
  ]);
  const count = (action: (typeof SIGN_IN_ACTIONS)[number]) =>
    events.find((row) => row.action === action)?._count._all ?? 0;
  return {
    signups: count("signup.succeeded"),
    signins: count("signin.succeeded"),
    signinFailures: count("signin.failed"),
    tokens: Number(tokens?.tokens ?? 0),
    activeApps: Number(tokens?.apps ?? 0),
    activeUsers: Number(users?.users ?? 0),
  };
}
