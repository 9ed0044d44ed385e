import "server-only";
import { DomainError, isDomainError } from "@/lib/kernel/errors";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { signInNeedsVerifiedAddress } from "@/lib/accounts/settings/sign-up-policy";
import { resendVerification } from "./resend-verification";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { durationWords } from "@/lib/kernel/time/durations";

export const ADDRESS_UNVERIFIED = `Confirm your email address before you sign in: open the link we mailed to it. Each sign-in attempt mails a new link (at most one a minute); it works once, for ${durationWords(LIFETIMES.emailLink.verify)}.`;

export class AddressUnverifiedError extends DomainError {
  constructor() {
    super("FORBIDDEN", ADDRESS_UNVERIFIED);
  }
}

/**
 * Every way of finishing a sign-in (password: authenticate-user.ts; passkey:
 * lib/accounts/passkeys/verify-authentication.ts) calls this once the credential was accepted, so the
 * answer reveals nothing to someone guessing. Under the listed-domains sign-up policy an account at
 * a listed domain does nothing until its address is verified (ARCHITECTURE.md "Sign-up policy and
 * invitations"): the sign-in is refused and the verification link mailed again, within
 * resendVerification's once-a-minute limit. A verified account costs no query.
 */
export async function assertSignInAddress(user: {
  id: string;
  email: string;
  name: string;
  emailVerifiedAt: Date | null;
}): Promise<void> {
  if (user.emailVerifiedAt) return;
  if (!signInNeedsVerifiedAddress(await getSignUpPolicy(), user.email)) return;
  // Too soon for another link, or the mail server is away: the refusal says what to do either way.
  await resendVerification(user).catch((error: unknown) => {
    if (!isDomainError(error)) throw error;
  });
  throw new AddressUnverifiedError();
}
