import "server-only";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { minutesToWait, throttled, tryAgainIn } from "./login-throttle";
import { getDummyHash, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH } from "./schemas";
import { assertSignInAddress } from "./sign-in-address";
import { upgradePasswordHash } from "./upgrade-password-hash";
import { metrics } from "@/lib/kernel/metrics/registry";
import { MINUTE_MS } from "@/lib/kernel/time/durations";

export const INVALID_CREDENTIALS = "That email and password do not match an account. Check them and try again.";

export const throttledMessage = (minutes: number) =>
  `Too many failed sign-in attempts. ${tryAgainIn(minutes * MINUTE_MS)}`;

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
export const ACCOUNT_DISABLED =
  "This account has been disabled by an administrator. Contact them to have it enabled again.";

export async function authenticateUser(input: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  // No hash over an absurd input (a password longer than any we accept cannot match); it still
  // counts as a failed attempt.
  const tooLong = input.password.length > PASSWORD_MAX_LENGTH;
  let userId: string | null = null;
  let knownId: string | null = null;
  let storedHash = "";
  let disabled = false;
  let account: Parameters<typeof assertSignInAddress>[0] | null = null;
  const outcome = await throttled(email, input.ip, async () => {
    // Same work whether the account exists or not: verify against a dummy hash when it does not.
    const dummyHash = await getDummyHash();
    const user = email
      ? await getDb().user.findUnique({
          where: { email },
          select: { id: true, name: true, passwordHash: true, disabledAt: true, emailVerifiedAt: true },
        })
      : null;
    const matches = !tooLong && (await verifyPassword(input.password, user?.passwordHash ?? dummyHash));
    knownId = user?.id ?? null;
    userId = user && matches ? user.id : null;
    storedHash = user?.passwordHash ?? "";
    disabled = Boolean(user?.disabledAt);
    account = user && { id: user.id, email, name: user.name, emailVerifiedAt: user.emailVerifiedAt };
    return userId !== null;
  });
  if ("retryAfterMs" in outcome) {
    metrics().logins.inc({ result: "throttled" });
    throw new LoginThrottledError(minutesToWait(outcome.retryAfterMs));
  }
  const request = { ip: input.ip };
  // Prometheus counts every password sign-in by result (no account in the labels).
  metrics().logins.inc({ result: outcome.ok && userId && !disabled ? "success" : "failure" });
  if (!outcome.ok || !userId) {
    // Only failures against an existing account are recorded: unknown emails are noise, and storing
    // them would keep whatever was typed (possibly a password in the wrong field).
    if (knownId)
      await recordAuditEvent(getDb(), {
        actor: systemActor("sign-in"),
        action: "signin.failed",
        target: { type: "user", id: knownId },
        userId: knownId,
        request,
      });
    throw new DomainError("UNAUTHENTICATED", INVALID_CREDENTIALS);
  }
  // Only after the password matched, so the message reveals nothing to someone guessing.
  if (disabled) throw new DomainError("FORBIDDEN", ACCOUNT_DISABLED);
  if (account) await assertSignInAddress(account);
  // An older hash (scrypt) is replaced now that the password is known to be right.
  await upgradePasswordHash(userId, storedHash, input.password);
  await recordAuditEvent(getDb(), {
    actor: systemActor("sign-in"),
    action: "signin.succeeded",
    target: { type: "user", id: userId },
    userId,
    request,
  });
  return { id: userId };
}
