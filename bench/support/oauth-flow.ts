import type { CookieJar } from "./cookie-jar";
import { basicAuth, expectStatus, form, FORM, parseJson, request, type HttpResponse } from "./http";
import { pkcePair, randomState } from "./pkce";

// The third-party app's and the browser's sides of an authorization-code + PKCE flow, over HTTP.
// Works against Ninka (login and consent pages at /interaction/{uid}) and the bare baselines
// (whose /interaction/{uid} signs in and consents at once and redirects onwards).
export type AppClient = { clientId: string; secret?: string; redirectUri: string; scope: string };
export type Account = { email: string; password: string };
export type Authorization = { code: string; verifier: string; pages: { login: number; consent: number } };
export type TokenSet = { access_token: string; refresh_token?: string; id_token?: string };

function authorizeUrl(issuer: string, app: AppClient, prompt?: string) {
  const { verifier, challenge } = pkcePair();
  const state = randomState();
  const url = new URL(`${issuer}/authorize`);
  const params = {
    client_id: app.clientId,
    response_type: "code",
    redirect_uri: app.redirectUri,
    scope: app.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: "S256",
  };
  for (const [key, value] of Object.entries({ ...params, ...(prompt && { prompt }) })) url.searchParams.set(key, value);
  return { url, verifier, state };
}

function codeFrom(location: string, state: string): string {
  const callback = new URL(location);
  if (callback.searchParams.get("state") !== state) throw new Error(`callback state mismatch: ${location}`);
  const code = callback.searchParams.get("code");
  if (!code) throw new Error(`no code in callback: ${location}`);
  return code;
}

/** A signed-in user with remembered consent: authorize must answer one redirect with the code. */
export async function authorizeSignedIn(jar: CookieJar, issuer: string, app: AppClient): Promise<Authorization> {
  const { url, verifier, state } = authorizeUrl(issuer, app);
  const response = await jar.send(url);
  const location = response.headers.location ?? "";
  if (response.status !== 303 || !location.startsWith(app.redirectUri)) {
    throw new Error(
      `signed-in authorize: expected 303 to the app, got ${response.status} ${location || response.body.slice(0, 200)}`,
    );
  }
  return { code: codeFrom(location, state), verifier, pages: { login: 0, consent: 0 } };
}

/**
 * Follows an authorization in `jar` from `start` until the browser is sent to `redirectUri`;
 * signs in with `account` on a login page and allows on a consent page. Returns that address.
 */
export async function follow(jar: CookieJar, start: URL, redirectUri: string, account?: Account) {
  const pages = { login: 0, consent: 0 };
  let current = start;
  let response = await jar.send(current);
  for (let step = 0; ; step++) {
    if (step > 12) throw new Error(`authorization did not finish at ${current.pathname}`);
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.location ?? "";
      if (location.startsWith(redirectUri)) return { location, pages };
      current = new URL(location, current);
      if (current.origin !== start.origin) throw new Error(`redirected away to ${current.origin}`);
      response = await jar.send(current);
    } else if (response.status === 200 && response.body.includes(`${current.pathname}/login"`)) {
      if (!account) throw new Error(`login page shown at ${current.pathname} without an account to sign in`);
      pages.login++;
      const body = form({ email: account.email, password: account.password });
      response = await jar.send(new URL(`${current.pathname}/login`, current), {
        method: "POST",
        headers: { "content-type": FORM },
        body,
      });
      if (response.status === 303 && response.headers.location?.includes("error="))
        throw new Error(`login refused: ${response.headers.location}`);
    } else if (response.status === 200 && response.body.includes(`${current.pathname}/consent"`)) {
      pages.consent++;
      const body = form({ decision: "allow" });
      response = await jar.send(new URL(`${current.pathname}/consent`, current), {
        method: "POST",
        headers: { "content-type": FORM },
        body,
      });
    } else {
      throw new Error(`unexpected ${response.status} at ${current.pathname}: ${response.body.slice(0, 300)}`);
    }
  }
}

/** An authorization that may show login and consent pages (a fresh browser, or prompt=consent). */
export async function authorizeInteractively(
  jar: CookieJar,
  issuer: string,
  app: AppClient,
  account?: Account,
  prompt?: string,
): Promise<Authorization> {
  const { url, verifier, state } = authorizeUrl(issuer, app, prompt);
  const { location, pages } = await follow(jar, url, app.redirectUri, account);
  return { code: codeFrom(location, state), verifier, pages };
}

async function tokenRequest(
  issuer: string,
  app: AppClient,
  fields: Record<string, string>,
  what: string,
): Promise<TokenSet> {
  const headers: Record<string, string> = { "content-type": FORM };
  if (app.secret) headers.authorization = basicAuth(app.clientId, app.secret);
  else fields.client_id = app.clientId;
  const response: HttpResponse = await request(`${issuer}/token`, { method: "POST", headers, body: form(fields) });
  const tokens = parseJson<TokenSet>(expectStatus(response, 200, what), what);
  if (!tokens.access_token) throw new Error(`${what}: no access_token`);
  return tokens;
}

export function exchangeCode(issuer: string, app: AppClient, { code, verifier }: Authorization): Promise<TokenSet> {
  return tokenRequest(
    issuer,
    app,
    { grant_type: "authorization_code", code, code_verifier: verifier, redirect_uri: app.redirectUri },
    "code exchange",
  );
}

/** A refresh that must rotate: a new refresh token, different from the one presented. */
export async function refresh(issuer: string, app: AppClient, refreshToken: string): Promise<string> {
  const tokens = await tokenRequest(
    issuer,
    app,
    { grant_type: "refresh_token", refresh_token: refreshToken },
    "refresh",
  );
  if (!tokens.refresh_token || tokens.refresh_token === refreshToken)
    throw new Error("refresh: the refresh token did not rotate");
  return tokens.refresh_token;
}
