// Where a password reset begun on an app's sign-in page sends the person back: that app's
// authorization request again, on this Ninka (a fresh sign-in for the same app; its state, nonce and
// PKCE challenge unchanged, so the app finishes it as its own). Only that path is accepted, so a
// crafted link leads nowhere else, and the provider checks the request itself as always (exact
// redirect URIs: ARCHITECTURE.md "OAuth rules"). The path is the issuer's (`/oauth`) authorization
// route (lib/provider/oidc/endpoints.ts).
const AUTHORIZE = "/oauth/authorize?";
const MAX_LENGTH = 4000;

/** The authorization request with these parameters, as a path on this Ninka. */
export function appReturnPath(params: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (typeof value === "string") query.set(name, value);
  return `${AUTHORIZE}${query}`;
}

/** `value` when it is such a path (nothing else: no other path, host or scheme), else null. */
export function safeAppReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !value.startsWith(AUTHORIZE)) return null;
  // Characters a URL parser could read as a new authority or line: refused outright.
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}
