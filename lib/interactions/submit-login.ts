import { isDomainError } from "@/lib/errors";
import { authenticateUser, LoginThrottledError } from "@/lib/users/authenticate-user";
import { hasSecondStep } from "@/lib/two-step/verify-second-step";
import { finishInteraction, findInteraction } from "./find-interaction";
import { startSecondStep } from "./submit-second-step";

/**
 * The login form of interaction `uid`: on success the interaction ends with the user signed in
 * (first-party clients then skip consent, see load-existing-grant.ts); on failure the login page
 * again, with an error code and the typed email. Returns where to send the browser.
 */
export async function submitLogin(uid: string, input: { email: string; password: string; ip: string | null }): Promise<string> {
  const page = `/interaction/${encodeURIComponent(uid)}`;
  const interaction = await findInteraction(uid);
  if (!interaction) return page; // shows the expired-interaction page
  try {
    const user = await authenticateUser(input);
    // Two-step sign-in: a user with a second step enrolled goes to it instead (submit-second-step.ts).
    if (await hasSecondStep(user.id)) return startSecondStep(interaction, user.id);
    const next = await finishInteraction(uid, { login: { accountId: user.id, amr: ["pwd"] } }); // RFC 8176
    return next ?? page;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // Codes, not messages, in the URL: the page words them (a link cannot put text on it).
    const throttled = error instanceof LoginThrottledError;
    const query = new URLSearchParams({ error: throttled ? "throttled" : "invalid", email: input.email.trim() });
    if (throttled) query.set("retry", String(error.minutes));
    return `${page}?${query}`;
  }
}
