// After a failed sign-in the login page shows the typed email again. It travels in a short-lived
// cookie scoped to the interaction's path, not in the URL, so it stays out of proxy logs and the
// browser history.
export const LOGIN_EMAIL_COOKIE = "ninka_login_email";
const MAX_AGE_SECONDS = 300;

/** The Set-Cookie header value carrying `email` back to the login page of interaction `uid`. */
export function loginEmailCookie(uid: string, email: string, secure: boolean): string {
  const attributes = [
    `Path=/interaction/${encodeURIComponent(uid)}`,
    `Max-Age=${MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ];
  return [`${LOGIN_EMAIL_COOKIE}=${encodeURIComponent(email.slice(0, 254))}`, ...attributes].join("; ");
}

export const readLoginEmail = (value: string | undefined): string => {
  try {
    return value ? decodeURIComponent(value) : "";
  } catch {
    return "";
  }
};
