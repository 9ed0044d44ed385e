// next-auth's console session cookie (a JWT), named as next-auth names it: with the __Secure-
// prefix on https. Large sessions are split into `<name>.0`, `<name>.1`, … chunks.
export const SESSION_COOKIE_NAME = "next-auth.session-token";

const sessionCookieName = (secure: boolean) => `${secure ? "__Secure-" : ""}${SESSION_COOKIE_NAME}`;

/** Whether a cookie is (a chunk of) the console session cookie, on http or https. */
export const isSessionCookie = (name: string) =>
  [false, true].some(
    (secure) => name === sessionCookieName(secure) || name.startsWith(`${sessionCookieName(secure)}.`),
  );
