import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/kernel/db/client";

// Failed sign-ins are counted per account and per IP over a sliding window, in the database so
// that every process sharing it agrees (ARCHITECTURE.md "Data"). Keys exist for unknown emails too, so
// throttling reveals nothing about which accounts exist.
export const WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;

type Rule = { key: string; limit: number };

const accountKey = (email: string) => `account:${email}`;
const rulesFor = (email: string, ip: string | null): Rule[] => [
  { key: accountKey(email), limit: ACCOUNT_LIMIT },
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

/**
 * Runs `check` (a password verification) under the throttle, atomically: the attempt is recorded
 * first, then counted together with every attempt already recorded, so of N attempts arriving at
 * once at most `limit` run `check` whatever the interleaving, in any process sharing the database.
 * An attempt refused by the throttle removes its record again; one whose check passes removes it
 * with the account's failures; a failed check leaves it, as the failure it is. Returns the check's result, or the wait in milliseconds.
 */
export async function throttled(
  email: string,
  ip: string | null,
  check: () => Promise<boolean>,
  now = new Date(),
): Promise<{ ok: boolean } | { retryAfterMs: number }> {
  const db = getDb();
  const rows = rulesFor(email, ip).map(({ key, limit }) => ({ id: randomUUID(), key, limit }));
  await db.loginAttempt.createMany({ data: rows.map(({ id, key }) => ({ id, key, createdAt: now })) });
  const ids = rows.map((row) => row.id);
  const forget = () => db.loginAttempt.deleteMany({ where: { id: { in: ids } } });
  const waits = await Promise.all(
    rows.map(async ({ id, key, limit }) => {
      const others = await db.loginAttempt.findMany({
        where: { key, id: { not: id }, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: { createdAt: true },
      });
      return retryAfterMs(
        others.map((r) => r.createdAt),
        limit,
        now,
      );
    }),
  );
  const wait = Math.max(...waits);
  if (wait > 0) {
    await forget();
    return { retryAfterMs: wait };
  }
  const ok = await check();
  // A passed check removes its own records and, in the same statement, the account's failures:
  // after a successful sign-in the account starts afresh (the IP's count stays).
  if (ok) await db.loginAttempt.deleteMany({ where: { OR: [{ id: { in: ids } }, { key: accountKey(email) }] } });
  // Rows older than the window never count again: drop them (indexed on createdAt).
  else await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
  return { ok };
}

/**
 * Counts one attempt at something else limited per key (sign-ups per IP, reset requests): recorded
 * first, then counted with the others in the window, so concurrent attempts cannot overshoot.
 * Returns 0 when allowed (the attempt stays counted), else the wait in milliseconds.
 */
export async function countAttempt(key: string, limit: number, now = new Date()): Promise<number> {
  const db = getDb();
  const id = randomUUID();
  await db.loginAttempt.create({ data: { id, key, createdAt: now } });
  const others = await db.loginAttempt.findMany({
    where: { key, id: { not: id }, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  const wait = retryAfterMs(
    others.map((r) => r.createdAt),
    limit,
    now,
  );
  if (wait > 0) await db.loginAttempt.delete({ where: { id } });
  return wait;
}
