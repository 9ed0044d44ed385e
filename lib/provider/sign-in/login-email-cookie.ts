// The login page shows an address the person already typed: after a failed sign-in, and after
// creating an account (so they do not type it twice). It travels in a short-lived cookie scoped to
// the interaction's path, not in the URL, so it stays out of proxy logs and the browser history.
export const LOGIN_EMAIL_COOKIE = "ninka_login_email";
const MAX_AGE_SECONDS = 300;

// A sign-up from the console's /signup precedes any interaction: its cookie is for every
// interaction's path, the sign-in the console starts next included.
const cookiePath = (uid: string | null) => (uid ? `/interaction/${encodeURIComponent(uid)}` : "/interaction");

/**
 * The Set-Cookie header value carrying `email` to the login page of interaction `uid`, or of every
 * interaction when null (the console's sign-up, before its sign-in began).
 */
export function loginEmailCookie(uid: string | null, email: string, secure: boolean): string {
  const attributes = [
    `Path=${cookiePath(uid)}`,
    `Max-Age=${MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ];
  return [`${LOGIN_EMAIL_COOKIE}=${encodeURIComponent(email.slice(0, 254))}`, ...attributes].join("; ");
}

/** Set-Cookie values ending both cookies once the sign-in succeeded (a shared browser keeps no address). */
export const clearedLoginEmailCookies = (uid: string, secure: boolean): string[] =>
  [cookiePath(uid), cookiePath(null)].map((path) =>
    [
      `${LOGIN_EMAIL_COOKIE}=`,
      `Path=${path}`,
      "Max-Age=0",
      "HttpOnly",
      "SameSite=Lax",
      ...(secure ? ["Secure"] : []),
    ].join("; "),
  );

export const readLoginEmail = (value: string | undefined): string => {
  try {
    return value ? decodeURIComponent(value) : "";
  } catch {
    return "";
  }
};
