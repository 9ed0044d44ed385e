import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";

// Every place where Ninka relies on node-oidc-provider behaviour that is not its documented
// configuration API, in one module. Each entry says what it depends on; oidc-provider-internals.test.ts
// runs a real provider and fails loudly when an upgrade changes any of them (ARCHITECTURE.md
// "Reliance on oidc-provider internals").

/**
 * 1. Client secrets are stored as digests, so the secret check is replaced. Depends on: the token,
 * introspection and revocation endpoints authenticating client_secret_basic/post by calling
 * `client.compareClientSecret(presented)` (node_modules/oidc-provider/lib/shared/client_auth.js), which may return a promise.
 */
type Client = { clientId: string; [property: string]: unknown };
/** true/false: the verdict; undefined: not a client whose secrets Ninka keeps (oidc-provider decides). */
export type SecretCheck = (client: Client, presented: string) => boolean | undefined;

export function patchCompareClientSecret(provider: Provider, check: SecretCheck): void {
  const prototype = provider.Client.prototype as unknown as {
    compareClientSecret(this: Client, actual: string): Promise<boolean> | boolean;
  };
  const original = prototype.compareClientSecret;
  if (typeof original !== "function")
    throw new Error("oidc-provider no longer has Client.prototype.compareClientSecret");
  prototype.compareClientSecret = function compareClientSecret(actual) {
    return check(this, actual) ?? original.call(this, actual);
  };
}

/**
 * 2. Route handlers and pages get a Web Request, not Node's req/res. Depends on:
 * `provider.interactionDetails(req, res)` and `interactionResult(req, res, …)` reading only the
 * signed interaction cookie from `req.headers.cookie` (Provider#getInteraction builds a Koa context
 * and calls `ctx.cookies.get`, which checks the signature) and writing nothing to `res`.
 */
export function interactionRequestStubs(headers: Record<string, string>): [IncomingMessage, ServerResponse] {
  const req = { headers, socket: {}, url: "/", method: "GET" };
  const res = { getHeader: () => undefined, setHeader: () => undefined, removeHeader: () => undefined };
  return [req as unknown as IncomingMessage, res as unknown as ServerResponse];
}

/**
 * 3. "Remove access" deletes a grant's tokens in one transaction itself (lib/portal/grants). Depends on:
 * the models oidc-provider stores with a `grantId` and revokes together with a grant, as listed in
 * node_modules/oidc-provider/lib/helpers/revoke.js.
 */
export const GRANT_BOUND_MODELS = [
  "AccessToken",
  "RefreshToken",
  "AuthorizationCode",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
  "PreAuthorizedCode",
] as const;

/** The model name of oidc-provider's grants (one per account and client). */
export const GRANT_MODEL = "Grant";

/**
 * 4. The login and consent forms are Ninka's own pages posting to /interaction/{uid}/…, with no
 * CSRF token of their own. Depends on: the interaction being found only through the `_interaction`
 * cookie, which these cookie options make SameSite=Lax, so a cross-site POST arrives without it and
 * finds no interaction. oidc-provider's defaults are the same; they are set here so a change of
 * default cannot loosen them silently.
 */
export const PROVIDER_COOKIES = {
  long: { signed: true, httpOnly: true, sameSite: "lax" },
  short: { signed: true, httpOnly: true, sameSite: "lax" },
} as const;

/**
 * 5. Logout without a question only for the console's own sign-out (lib/provider/oidc-pages/logout-pages.ts).
 * Depends on: oidc-provider's end_session validating `id_token_hint` (signature, audience = the
 * client) before logoutSource runs and keeping it as the `IdTokenHint` entity. True when such a hint
 * names the account of the session being ended — a cross-site link cannot carry one.
 */
export function hasValidIdTokenHint(ctx: KoaContextWithOIDC): boolean {
  const hint = (ctx.oidc.entities as { IdTokenHint?: { payload?: { sub?: unknown } } }).IdTokenHint;
  const accountId = ctx.oidc.session?.accountId;
  return Boolean(hint?.payload?.sub && accountId && hint.payload.sub === accountId);
}

/**
 * 6. The Ninka session of the browser making a request, for /account/security's "this browser".
 * Depends on: oidc-provider's default session cookie name (`cookies.names.session`), path "/", its
 * value being the Session row's id (lib/accounts/sessions/list-account-sessions.ts compares digests of it).
 */
export const PROVIDER_SESSION_COOKIE = "_session";

// 7. Which key signs (ARCHITECTURE.md "Signing keys"). Depends on: oidc-provider signing ID tokens,
// JWT access tokens and signed responses with the first key of `jwks` whose algorithm matches
// (KeyStore#selectForSign in node_modules/oidc-provider/lib/helpers/keystore.js keeps the given
// order among equal candidates), and publishing every key at the JWKS endpoint.
// lib/oauth-core/keys/get-key-material.ts gives the active keys first (signingOrder).

/**
 * 8. Back-channel logout for sessions Ninka ends itself (ARCHITECTURE.md "Back-channel logout").
 * Depends on: `client.backchannelLogout(sub, sid)` (node_modules/oidc-provider/lib/models/client.js,
 * the method end_session itself calls), which makes the logout token, POSTs it through the `fetch`
 * hook and rejects unless the app answers 200 or 204.
 */
export function sendLogoutToken(client: object, sub: string, sid: string): Promise<void> {
  const send = (client as { backchannelLogout?: (sub: string, sid: string) => Promise<void> }).backchannelLogout;
  if (typeof send !== "function") throw new Error("oidc-provider clients no longer have backchannelLogout(sub, sid)");
  return send.call(client, sub, sid);
}
