import "server-only";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { clearAccountFailures, getLoginRetryAfter, minutesToWait, recordFailedLogin } from "./login-throttle";
import { getDummyHash, verifyPassword } from "./password";

export const INVALID_CREDENTIALS = "That email and password do not match an account. Check them and try again.";

export const throttledMessage = (minutes: number) =>
  `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;

export class LoginThrottledError extends DomainError {
  constructor(readonly minutes: number) {
    super("RATE_LIMITED", throttledMessage(minutes));
  }
}

/**
 * Checks an email and password; returns the user id. Throws DomainError UNAUTHENTICATED with one
 * generic message whether the email or the password is wrong (no account enumeration), and
 * RATE_LIMITED once the account or the IP has failed too often (see login-throttle.ts).
 */
export const ACCOUNT_DISABLED = "This account has been disabled by an administrator. Contact them to have it enabled again.";

export async function authenticateUser(input: { email: string; password: string; ip: string | null }): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  const wait = await getLoginRetryAfter(email, input.ip);
  if (wait > 0) throw new LoginThrottledError(minutesToWait(wait));

  // Same work whether the account exists or not: verify against a dummy hash when it does not.
  const dummyHash = await getDummyHash();
  const user = email ? await getDb().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } }) : null;
  const matches = await verifyPassword(input.password, user?.passwordHash ?? dummyHash);
  if (!user || !matches) {
    await recordFailedLogin(email, input.ip);
    throw new DomainError("UNAUTHENTICATED", INVALID_CREDENTIALS);
  }
  await clearAccountFailures(email);
  // Only after the password matched, so the message reveals nothing to someone guessing.
  if (user.disabledAt) throw new DomainError("FORBIDDEN", ACCOUNT_DISABLED);
  return { id: user.id };
}
