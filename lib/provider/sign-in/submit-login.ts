import { isDomainError } from "@/lib/kernel/errors";
import { authenticateUser, LoginThrottledError } from "@/lib/accounts/users/authenticate-user";
import { AddressUnverifiedError } from "@/lib/accounts/users/sign-in-address";
import { hasSecondStep } from "@/lib/accounts/two-step/verify-second-step";
import { finishLogin, findInteraction } from "./find-interaction";
import { startSecondStep } from "./submit-second-step";

export type LoginOutcome = { location: string; /** The typed email, to show again after a failure. */ email?: string };

/**
 * The password was accepted: finish the login of interaction `uid` as `accountId` (first-party
 * clients then skip consent, see load-existing-grant.ts). The one place a second sign-in step
 * goes between the password and the signed-in session. Returns where to send the browser.
 */
async function completePasswordLogin(uid: string, accountId: string): Promise<string | null> {
  const interaction = await findInteraction(uid);
  if (!interaction) return null;
  // Two-step sign-in: a user with a second step enrolled goes to it instead (submit-second-step.ts).
  if (await hasSecondStep(accountId)) return startSecondStep(interaction, accountId);
  return finishLogin(uid, accountId, ["pwd"], true); // amr values: RFC 8176
}

/**
 * The login form of interaction `uid`: on success completePasswordLogin; on failure the login page
 * again with an error code (and the typed email, which the caller keeps out of the URL).
 */
export async function submitLogin(
  uid: string,
  input: { email: string; password: string; ip: string | null },
): Promise<LoginOutcome> {
  const page = `/interaction/${encodeURIComponent(uid)}`;
  if (!(await findInteraction(uid))) return { location: page }; // shows the expired-interaction page
  try {
    const user = await authenticateUser(input);
    return { location: (await completePasswordLogin(uid, user.id)) ?? page };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // Codes, not messages, in the URL: the page words them (a link cannot put text on it).
    const throttled = error instanceof LoginThrottledError;
    const code = throttled
      ? "throttled"
      : error instanceof AddressUnverifiedError
        ? "unverified"
        : error.code === "FORBIDDEN"
          ? "disabled"
          : "invalid";
    const query = new URLSearchParams({ error: code });
    if (throttled) query.set("retry", String(error.minutes));
    return { location: `${page}?${query}`, email: input.email.trim() };
  }
}
