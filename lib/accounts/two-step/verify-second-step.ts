import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { clearAttempts, countAttempt, minutesToWait, THROTTLES, tryAgainIn } from "@/lib/accounts/users/login-throttle";
import { MINUTE_MS } from "@/lib/kernel/time/durations";
import { checkTotp, recoveryDigest, secondStepCodeSchema, unsealTotpKey } from "./totp";

// Wrong second-step codes are throttled per account (THROTTLES.secondStep, lib/accounts/users/
// login-throttle.ts). Atomic by construction: the attempt is recorded first, then the count
// decides, so parallel guesses each see one another (ARCHITECTURE.md "Two-step sign-in").
export const secondStepThrottledMessage = (minutes: number) =>
  `Too many codes tried. ${tryAgainIn(minutes * MINUTE_MS)}`;

export class SecondStepThrottledError extends DomainError {
  constructor(readonly minutes: number) {
    super("RATE_LIMITED", secondStepThrottledMessage(minutes));
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
  // A refused guess stays counted, so guessing on keeps the account waiting.
  const wait = await countAttempt(THROTTLES.secondStep, userId, { now, keepRefused: true });
  if (wait > 0) throw new SecondStepThrottledError(minutesToWait(wait));
  const ok = await check();
  if (ok) await clearAttempts(THROTTLES.secondStep, userId);
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
