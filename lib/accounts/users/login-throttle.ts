import "server-only";
import { randomUUID } from "node:crypto";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb, type Db } from "@/lib/kernel/db/client";
import { MINUTE_MS } from "@/lib/kernel/time/durations";

// Every throttle, stated once: how many attempts one key may make in a sliding window. Attempts are
// rows of LoginAttempt, in the database so that every process sharing it agrees (ARCHITECTURE.md
// "Data"); each is recorded first and then counted, so parallel attempts cannot overshoot. Keys
// exist for unknown emails too, so throttling reveals nothing about which accounts exist.
export type Throttle = { limit: number; windowMs: number; key: (subject: string) => string };

const throttle = (prefix: string, limit: number, windowMs = 15 * MINUTE_MS): Throttle => ({
  limit,
  windowMs,
  key: (subject) => `${prefix}:${subject}`,
});

export const THROTTLES = {
  /** Failed sign-ins per account: passwords (also the current one at a change) and passkeys. */
  signInAccount: throttle("account", 5),
  /** Failed sign-ins per IP address, unknown passkeys included. */
  signInIp: throttle("ip", 20),
  /** Wrong second-step codes and passkeys per account (lib/accounts/two-step). */
  secondStep: throttle("second-step", 5),
  /** Sign-ups per IP address. */
  signUpIp: throttle("signup-ip", 10),
  /** Password-reset requests per IP address and per address asked for. */
  resetIp: throttle("reset-ip", 10),
  resetAccount: throttle("reset-account", 3),
  /**
   * Team invitations an account sends per hour (ARCHITECTURE.md "Teams"): each mails an address
   * the sender chose, so a verified account cannot turn Ninka into a mailer. Counted in the
   * invitation's transaction, so a refused invitation counts nothing.
   */
  teamInvitationSender: throttle("team-invitations", 30, 60 * MINUTE_MS),
  /**
   * Apps registered without a token (the `open` dynamic registration policy) per IP address and
   * hour: NINKA_DCR_OPEN_APPS_PER_IP. Counted in the registration's own transaction
   * (`countAttemptIn`), so a refused or failed registration counts nothing.
   */
  openRegistrationIp: {
    ...throttle("open-registration-ip", 0, 60 * MINUTE_MS),
    get limit() {
      return getConfig().NINKA_DCR_OPEN_APPS_PER_IP;
    },
  },
} as const;

/**
 * Apps registered under the `open` policy that may exist at once, whoever registered them:
 * NINKA_DCR_OPEN_MAX_APPS. Those unused for NINKA_DCR_UNUSED_DAYS are purged, making room again.
 */
export const openRegistrationTotal = () => getConfig().NINKA_DCR_OPEN_MAX_APPS;

// No attempt row outlives the longest window.
const LONGEST_WINDOW_MS = Math.max(...Object.values(THROTTLES).map((rule) => rule.windowMs));

/**
 * Verification mails: at most one a minute per account, so the button cannot flood a mailbox.
 * Counted from the account's newest verification link (resend-verification.ts), not LoginAttempt.
 */
export const VERIFICATION_MAIL_INTERVAL_MS = MINUTE_MS;

/**
 * Milliseconds until another attempt is allowed, given the newest attempts in the window (newest
 * first, at most `limit`): 0 while fewer than `limit`; else until the limit-th newest leaves it.
 */
export function retryAfterMs(newestFirst: Date[], { limit, windowMs }: Throttle, now: Date): number {
  const edge = newestFirst[limit - 1];
  if (!edge) return 0;
  return Math.max(0, edge.getTime() + windowMs - now.getTime());
}

/** Whole minutes to tell the person, never "0 minutes". */
export const minutesToWait = (ms: number) => Math.max(1, Math.ceil(ms / MINUTE_MS));

/** "Try again in 3 minutes." for a wait in milliseconds. */
export const tryAgainIn = (ms: number) => {
  const minutes = minutesToWait(ms);
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
};

/** The wait the attempts already recorded under `key` impose, besides attempt `ownId`. */
async function waitBesides(
  ownId: string,
  key: string,
  rule: Throttle,
  now: Date,
  db: Pick<Db, "loginAttempt"> = getDb(),
): Promise<number> {
  const others = await db.loginAttempt.findMany({
    where: { key, id: { not: ownId }, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } },
    orderBy: { createdAt: "desc" },
    take: rule.limit,
    select: { createdAt: true },
  });
  const times = others.map((r) => r.createdAt);
  return retryAfterMs(times, rule, now);
}

const signInRules = (email: string, ip: string | null) => [
  { rule: THROTTLES.signInAccount, key: THROTTLES.signInAccount.key(email) },
  ...(ip ? [{ rule: THROTTLES.signInIp, key: THROTTLES.signInIp.key(ip) }] : []),
];

/**
 * Runs `check` (a password verification) under the sign-in throttles of the account and the IP,
 * atomically: the attempt is recorded first, then counted together with every attempt already
 * recorded, so of N attempts arriving at once at most `limit` run `check` whatever the interleaving,
 * in any process sharing the database. An attempt refused by the throttle removes its record again;
 * one whose check passes removes it with the account's failures; a failed check leaves it, as the
 * failure it is. Returns the check's result, or the wait in milliseconds.
 */
export async function throttled(
  email: string,
  ip: string | null,
  check: () => Promise<boolean>,
  now = new Date(),
): Promise<{ ok: boolean } | { retryAfterMs: number }> {
  const db = getDb();
  const rows = signInRules(email, ip).map((rule) => ({ id: randomUUID(), ...rule }));
  await db.loginAttempt.createMany({ data: rows.map(({ id, key }) => ({ id, key, createdAt: now })) });
  const ids = rows.map((row) => row.id);
  const wait = Math.max(...(await Promise.all(rows.map(({ id, key, rule }) => waitBesides(id, key, rule, now)))));
  if (wait > 0) {
    await db.loginAttempt.deleteMany({ where: { id: { in: ids } } });
    return { retryAfterMs: wait };
  }
  const ok = await check();
  // A passed check removes its own records and, in the same statement, the account's failures:
  // after a successful sign-in the account starts afresh (the IP's count stays).
  const accountKey = THROTTLES.signInAccount.key(email);
  if (ok) await db.loginAttempt.deleteMany({ where: { OR: [{ id: { in: ids } }, { key: accountKey }] } });
  // Rows older than every window never count again: drop them (indexed on createdAt).
  else await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LONGEST_WINDOW_MS) } } });
  return { ok };
}

/**
 * Counts one attempt of `subject` under `rule` (sign-ups per IP, reset requests, second steps):
 * recorded first, then counted with the others in the window, so concurrent attempts cannot
 * overshoot. Returns 0 when allowed (the attempt stays counted), else the wait in milliseconds; a
 * refused attempt is removed again unless `keepRefused` (then it counts, too).
 */
export async function countAttempt(
  rule: Throttle,
  subject: string,
  { now = new Date(), keepRefused = false } = {},
): Promise<number> {
  const db = getDb();
  const id = randomUUID();
  const key = rule.key(subject);
  await db.loginAttempt.create({ data: { id, key, createdAt: now } });
  const wait = await waitBesides(id, key, rule, now);
  if (wait > 0 && !keepRefused) await db.loginAttempt.delete({ where: { id } });
  return wait;
}

/**
 * Counts one attempt of `subject` under `rule` inside `tx`, a transaction that already holds the
 * lock its writers take (so they count one at a time, in any process): recorded, then counted with
 * the others in the window. Returns 0 when allowed (the attempt counts once `tx` commits), else
 * the wait in milliseconds; the caller then refuses, rolling the attempt back.
 */
export async function countAttemptIn(
  tx: Pick<Db, "loginAttempt">,
  rule: Throttle,
  subject: string,
  now = new Date(),
): Promise<number> {
  const id = randomUUID();
  const key = rule.key(subject);
  await tx.loginAttempt.create({ data: { id, key, createdAt: now } });
  return waitBesides(id, key, rule, now, tx);
}

/** Forgets the attempts of `subject` under `rule` (a passed check starts it afresh). */
export async function clearAttempts(rule: Throttle, subject: string): Promise<void> {
  await getDb().loginAttempt.deleteMany({ where: { key: rule.key(subject) } });
}
