import "server-only";
import * as oidc from "openid-client";
import { CONNECTION_PRESETS, type ConnectionPreset } from "./presets";
import { upstreamFetch } from "./upstream-fetch";

// The relying-party side of a federated sign-in, all of it openid-client's (ARCHITECTURE.md
// "Federation"): discovery, PKCE (RFC 7636), state, nonce, the RFC 9207 `iss` check, ID token
// validation and userinfo. GitHub speaks OAuth 2.0 only: its user comes from its REST API.
export type UpstreamConnection = {
  id: string;
  preset: ConnectionPreset;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
};

/** What an upstream provider vouched for; no token of it is kept (ARCHITECTURE.md "Federation"). */
export type UpstreamIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The upstream says it used more than one factor (`amr` "mfa", RFC 8176). */
  mfa: boolean;
};

/** The checks a callback must meet, kept in the sealed cookie between start and callback. */
export type UpstreamChecks = { state: string; nonce?: string; verifier: string };

const isGitHub = (connection: UpstreamConnection) => CONNECTION_PRESETS[connection.preset].protocol === "github";

// GitHub Enterprise Server serves the same API under /api/v3 of its own host.
const gitHubApi = (issuer: string) =>
  new URL(issuer).host === "github.com" ? "https://api.github.com" : `${issuer.replace(/\/$/, "")}/api/v3`;

async function configure(connection: UpstreamConnection): Promise<oidc.Configuration> {
  // http only ever reaches the fetch guard for a host NINKA_OUTBOUND_ALLOW lists (tests).
  const insecure = new URL(connection.issuer).protocol === "http:";
  if (isGitHub(connection)) {
    const base = connection.issuer.replace(/\/$/, "");
    const config = new oidc.Configuration(
      {
        issuer: connection.issuer,
        authorization_endpoint: `${base}/login/oauth/authorize`,
        token_endpoint: `${base}/login/oauth/access_token`,
      },
      connection.clientId,
      connection.clientSecret,
    );
    config[oidc.customFetch] = upstreamFetch;
    if (insecure) oidc.allowInsecureRequests(config);
    return config;
  }
  return oidc.discovery(new URL(connection.issuer), connection.clientId, connection.clientSecret, undefined, {
    [oidc.customFetch]: upstreamFetch,
    execute: insecure ? [oidc.allowInsecureRequests] : [],
  });
}

/** The upstream authorization URL to send the browser to, and the checks its answer must meet. */
export async function startUpstream(
  connection: UpstreamConnection,
  redirectUri: string,
): Promise<{ url: string; checks: UpstreamChecks }> {
  const config = await configure(connection);
  const verifier = oidc.randomPKCECodeVerifier();
  const checks: UpstreamChecks = { state: oidc.randomState(), verifier };
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: connection.scopes,
    state: checks.state,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  };
  if (!isGitHub(connection)) parameters.nonce = checks.nonce = oidc.randomNonce();
  return { url: oidc.buildAuthorizationUrl(config, parameters).href, checks };
}

/**
 * Validates the callback (`callbackUrl`: the registered redirect URI with the query the upstream
 * added) and redeems its code; throws on anything that does not check out.
 */
export async function finishUpstream(
  connection: UpstreamConnection,
  callbackUrl: URL,
  checks: UpstreamChecks,
): Promise<UpstreamIdentity> {
  const config = await configure(connection);
  if (isGitHub(connection)) {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      pkceCodeVerifier: checks.verifier,
    });
    return gitHubIdentity(config, connection.issuer, tokens.access_token);
  }
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.verifier,
  });
  const claims = tokens.claims()!;
  let profile: Record<string, unknown> = claims;
  if (typeof claims.email !== "string" && config.serverMetadata().userinfo_endpoint) {
    profile = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof profile.email === "string" ? profile.email.toLowerCase() : null,
    emailVerified: profile.email_verified === true,
    name: typeof profile.name === "string" ? profile.name : null,
    mfa: Array.isArray(claims.amr) && claims.amr.includes("mfa"),
  };
}

type GitHubEmail = { email?: unknown; primary?: unknown; verified?: unknown };

async function gitHubIdentity(config: oidc.Configuration, issuer: string, accessToken: string) {
  const api = gitHubApi(issuer);
  const read = async (path: string) => {
    const headers = new Headers({ accept: "application/vnd.github+json" });
    const response = await oidc.fetchProtectedResource(config, accessToken, new URL(api + path), "GET", null, headers);
    if (!response.ok) throw new Error(`GitHub answered ${response.status} for ${path}`);
    return (await response.json()) as unknown;
  };
  const user = (await read("/user")) as { id?: unknown; name?: unknown; login?: unknown };
  if (typeof user.id !== "number" && typeof user.id !== "string") throw new Error("GitHub sent no user id");
  const emails = await read("/user/emails");
  // Only the primary address, and only when GitHub says it is verified.
  const primary = Array.isArray(emails)
    ? (emails as GitHubEmail[]).find((entry) => entry.primary === true && entry.verified === true)
    : undefined;
  const name =
    typeof user.name === "string" && user.name ? user.name : typeof user.login === "string" ? user.login : null;
  return {
    issuer,
    subject: String(user.id),
    email: typeof primary?.email === "string" ? primary.email.toLowerCase() : null,
    emailVerified: typeof primary?.email === "string",
    name,
    mfa: false,
  };
}
