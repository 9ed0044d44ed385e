import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { ACCOUNT_LIMIT, minutesToWait, retryAfterMs, WINDOW_MS } from "@/lib/accounts/users/login-throttle";
import { checkTotp, recoveryDigest, secondStepCodeSchema, unsealTotpKey } from "./totp";

// Wrong second-step codes are throttled like passwords (same window and limit, lib/accounts/users/
// login-throttle.ts), per account. Atomic by construction: the attempt is recorded first, then the
// count decides, so parallel guesses each see one another (ARCHITECTURE.md "Two-step sign-in").
export class SecondStepThrottledError extends DomainError {
  constructor(readonly minutes: number) {
    super("RATE_LIMITED", `Too many codes tried. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

/** Whether this user must give a second step after the password. */
export async function hasSecondStep(userId: string): Promise<boolean> {
  const factor = await getDb().totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return Boolean(factor?.confirmedAt);
}

/** Checks a TOTP or recovery code for `userId` (a recovery code is spent); returns the RFC 8176 method. */
export async function verifySecondStep(userId: string, input: unknown, now = new Date()): Promise<"otp" | "recovery"> {
  const code = secondStepCodeSchema.safeParse(input);
  const found = { method: null as "otp" | "recovery" | null };
  await underSecondStepThrottle(
    userId,
    async () => Boolean((found.method = code.success ? await check(userId, code.data) : null)),
    now,
  );
  if (!found.method) throw new DomainError("UNAUTHENTICATED", "That code is not right");
  return found.method;
}

/**
 * Runs one second-step check (a code, or a passkey in lib/accounts/passkeys) under the per-account
 * throttle: recorded first, then counted; SecondStepThrottledError beyond the limit. A passing
 * check clears the account's failures. Returns the check's result.
 */
export async function underSecondStepThrottle(
  userId: string,
  check: () => Promise<boolean>,
  now = new Date(),
): Promise<boolean> {
  const db = getDb();
  const key = `second-step:${userId}`;
  await db.loginAttempt.create({ data: { id: randomUUID(), key, createdAt: now } });
  const recent = await db.loginAttempt.findMany({
    where: { key, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: ACCOUNT_LIMIT + 1,
    select: { createdAt: true },
  });
  // This attempt is among `recent`: more than the limit means the limit was already reached.
  const wait = retryAfterMs(
    recent.slice(1).map((r) => r.createdAt),
    ACCOUNT_LIMIT,
    now,
  );
  if (wait > 0) throw new SecondStepThrottledError(minutesToWait(wait));
  const ok = await check();
  if (ok) await db.loginAttempt.deleteMany({ where: { key } });
  return ok;
}

async function check(userId: string, code: string): Promise<"otp" | "recovery" | null> {
  const db = getDb();
  const factor = await db.totpFactor.findUnique({ where: { userId } });
  if (!factor?.confirmedAt) return null;
  if (/^\d{6}$/.test(code)) {
    const step = await checkTotp(await unsealTotpKey(factor.secretJwe), code, factor.lastUsedStep);
    if (step === null) return null;
    // Conditional update: a code used twice at once wins once (RFC 6238 §5.2, no replay).
    const { count } = await db.totpFactor.updateMany({
      where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    return count ? "otp" : null;
  }
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, digest: recoveryDigest(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count ? "recovery" : null;
}
