import { safeReturnPath } from "./safe-return-path";

// Where the console sends someone to sign in. Pure, so client components can link there too.

/** The sign-in page, with a same-site path to return to (anything else falls back to /console). */
export const signInPath = (returnTo: string) => `/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;

/**
 * Signing in again on this browser's session (prompt=login), for a change that needs a recent
 * sign-in (step-up, lib/accounts/sessions/step-up.ts); comes back to `returnTo`.
 */
export const stepUpPath = (returnTo: string) =>
  `/signin?reauth=1&callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;

/**
 * Signing in on this browser with another account (prompt=login, `email` offered on the login
 * page), e.g. the one a team invitation was sent to; comes back to `returnTo`.
 */
export const switchAccountPath = (returnTo: string, email: string) =>
  `/signin?${new URLSearchParams({ switch: "1", login_hint: email, callbackUrl: safeReturnPath(returnTo) })}`;
