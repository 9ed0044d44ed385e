import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";

// Failed sign-ins are counted per account and per IP over a sliding window, in the database so
// that every process sharing it agrees (ARCHITECTURE.md "Data"). Keys exist for unknown emails too, so
// throttling reveals nothing about which accounts exist.
export const WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;

type Rule = { key: string; limit: number };

const rulesFor = (email: string, ip: string | null): Rule[] => [
  { key: `account:${email}`, limit: ACCOUNT_LIMIT },
  ...(ip ? [{ key: `ip:${ip}`, limit: IP_LIMIT }] : []),
];

/**
 * Milliseconds until another attempt is allowed, given the newest failures in the window (newest
 * first, at most `limit`): 0 while fewer than `limit`; else until the limit-th newest leaves it.
 */
export function retryAfterMs(newestFirst: Date[], limit: number, now: Date): number {
  const edge = newestFirst[limit - 1];
  if (!edge) return 0;
  return Math.max(0, edge.getTime() + WINDOW_MS - now.getTime());
}

/** Whole minutes to tell the person, never "0 minutes". */
export const minutesToWait = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** Milliseconds until this email (and this IP) may try again; 0 when not throttled. */
export async function getLoginRetryAfter(email: string, ip: string | null, now = new Date()): Promise<number> {
  const db = getDb();
  const waits = await Promise.all(
    rulesFor(email, ip).map(async ({ key, limit }) => {
      const rows = await db.loginAttempt.findMany({
        where: { key, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: { createdAt: true },
      });
      return retryAfterMs(rows.map((r) => r.createdAt), limit, now);
    }),
  );
  return Math.max(...waits);
}

export async function recordFailedLogin(email: string, ip: string | null, now = new Date()): Promise<void> {
  const db = getDb();
  await db.loginAttempt.createMany({ data: rulesFor(email, ip).map(({ key }) => ({ id: randomUUID(), key, createdAt: now })) });
  // Rows older than the window never count again: drop them (indexed on createdAt).
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
}

/** After a successful sign-in the account starts afresh (the IP's count stays). */
export async function clearAccountFailures(email: string): Promise<void> {
  await getDb().loginAttempt.deleteMany({ where: { key: `account:${email}` } });
}
