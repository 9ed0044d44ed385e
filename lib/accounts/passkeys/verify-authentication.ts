import "server-only";
import { verifyAuthenticationResponse, type CredentialDeviceType } from "@simplewebauthn/server";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { underSecondStepThrottle } from "@/lib/accounts/two-step/verify-second-step";
import { ACCOUNT_DISABLED, LoginThrottledError } from "@/lib/accounts/users/authenticate-user";
import { countAttempt, minutesToWait, throttled, THROTTLES } from "@/lib/accounts/users/login-throttle";
import { assertSignInAddress } from "@/lib/accounts/users/sign-in-address";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { consumeChallenge, type ChallengePurpose } from "./challenges";
import { relyingParty } from "./relying-party";
import { authenticationResponseSchema } from "./schemas";
import { keyMethod, passkeyOnlyAmr, toCredential } from "./stored-passkey";

const PASSKEY_REFUSED = "That passkey was not accepted. Try again, or sign in with your password.";

type Row = NonNullable<Awaited<ReturnType<typeof findPasskey>>>;
type Assertion = { deviceType: CredentialDeviceType; userVerified: boolean };

const findPasskey = (credentialId: string) =>
  getDb().passkey.findUnique({
    where: { credentialId },
    include: { user: { select: { id: true, email: true, name: true, disabledAt: true, emailVerifiedAt: true } } },
  });

/**
 * W3C WebAuthn §7.2 by SimpleWebAuthn: the challenge must be this ceremony's (spent either way),
 * origin and RP ID NINKA_URL's, the signature the stored public key's, the counter moving on; the
 * user handle, when sent, must be the passkey's account. Then counter and "last used" are saved.
 */
async function check(
  row: Row,
  response: unknown,
  purpose: ChallengePurpose,
  subject: string,
  requireUV: boolean,
): Promise<Assertion | null> {
  const parsed = authenticationResponseSchema.parse(response);
  const handle = parsed.response.userHandle;
  if (handle && Buffer.from(handle, "base64url").toString("utf8") !== row.userId) return null;
  const rp = relyingParty();
  try {
    const { verified, authenticationInfo: info } = await verifyAuthenticationResponse({
      response: parsed,
      expectedChallenge: consumeChallenge(purpose, subject),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: toCredential(row),
      requireUserVerification: requireUV,
    });
    if (!verified) return null;
    // Conditional on the counter read: of two assertions racing on one passkey, one wins.
    const { count } = await getDb().passkey.updateMany({
      where: { id: row.id, counter: row.counter },
      data: { counter: info.newCounter, lastUsedAt: new Date() },
    });
    return count ? { deviceType: info.credentialDeviceType, userVerified: info.userVerified } : null;
  } catch {
    return null; // any mismatch the library finds
  }
}

/**
 * Sign-in with a passkey alone on interaction `uid`. Failures are throttled like passwords (the
 * same account and IP buckets, lib/accounts/users/login-throttle.ts); an unknown passkey counts against the
 * IP. Returns the account and the RFC 8176 `amr`.
 */
export async function verifySignIn(
  uid: string,
  input: unknown,
  ip: string | null,
): Promise<{ accountId: string; amr: string[] }> {
  const response = parseOrThrow(authenticationResponseSchema, input, "That is not a passkey response");
  const row = await findPasskey(response.id);
  if (!row) {
    const wait = ip ? await countAttempt(THROTTLES.signInIp, ip) : 0;
    if (wait > 0) throw new LoginThrottledError(minutesToWait(wait));
    throw new DomainError("UNAUTHENTICATED", PASSKEY_REFUSED);
  }
  const found = { assertion: null as Assertion | null };
  const outcome = await throttled(row.user.email, ip, async () =>
    Boolean((found.assertion = await check(row, response, "sign-in", uid, true))),
  );
  if ("retryAfterMs" in outcome) throw new LoginThrottledError(minutesToWait(outcome.retryAfterMs));
  const request = { ip };
  const actor = systemActor("sign-in");
  const target = { type: "user" as const, id: row.userId };
  const accepted = found.assertion;
  if (!outcome.ok || !accepted) {
    await recordAuditEvent(getDb(), {
      actor,
      action: "signin.failed",
      target,
      userId: row.userId,
      request,
      details: { method: "passkey" },
    });
    throw new DomainError("UNAUTHENTICATED", PASSKEY_REFUSED);
  }
  if (row.user.disabledAt) throw new DomainError("FORBIDDEN", ACCOUNT_DISABLED);
  await assertSignInAddress(row.user);
  await recordAuditEvent(getDb(), {
    actor,
    action: "signin.succeeded",
    target,
    userId: row.userId,
    request,
    details: { method: "passkey" },
  });
  return { accountId: row.userId, amr: passkeyOnlyAmr(accepted.deviceType, accepted.userVerified) };
}

/**
 * A passkey of `userId` as the second step after the password on interaction `uid`, under the
 * second-step throttle (lib/accounts/two-step). Returns the RFC 8176 method to put after "pwd".
 */
export async function verifySecondStepPasskey(uid: string, userId: string, input: unknown): Promise<"hwk" | "swk"> {
  const response = parseOrThrow(authenticationResponseSchema, input, "That is not a passkey response");
  const row = await findPasskey(response.id);
  const found = { assertion: null as Assertion | null };
  await underSecondStepThrottle(userId, async () =>
    Boolean(row?.userId === userId && (found.assertion = await check(row, response, "second-step", uid, false))),
  );
  if (!found.assertion) throw new DomainError("UNAUTHENTICATED", PASSKEY_REFUSED);
  return keyMethod(found.assertion.deviceType);
}
