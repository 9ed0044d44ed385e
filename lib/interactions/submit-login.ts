import { isDomainError } from "@/lib/errors";
import { authenticateUser, LoginThrottledError } from "@/lib/users/authenticate-user";
import { finishInteraction, findInteraction } from "./find-interaction";

/**
 * The login form of interaction `uid`: on success the interaction ends with the user signed in
 * (first-party clients then skip consent, see load-existing-grant.ts); on failure the login page
 * again, with an error code and the typed email. Returns where to send the browser.
 */
export async function submitLogin(uid: string, input: { email: string; password: string; ip: string | null }): Promise<string> {
  const page = `/interaction/${encodeURIComponent(uid)}`;
  if (!(await findInteraction(uid))) return page; // shows the expired-interaction page
  try {
    const user = await authenticateUser(input);
    const next = await finishInteraction(uid, { login: { accountId: user.id } });
    return next ?? page;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // Codes, not messages, in the URL: the page words them (a link cannot put text on it).
    const throttled = error instanceof LoginThrottledError;
    const code = throttled ? "throttled" : error.code === "FORBIDDEN" ? "disabled" : "invalid";
    const query = new URLSearchParams({ error: code, email: input.email.trim() });
    if (throttled) query.set("retry", String(error.minutes));
    return `${page}?${query}`;
  }
}
