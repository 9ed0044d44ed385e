import "server-only";
import * as oidc from "openid-client";
import { discoverTenantAlias, isTenantTemplate, tenantCodeGrant } from "./entra-tenants";
import { gitHubIdentity, gitHubServer } from "./github-user";
import { CONNECTION_PRESETS, type ConnectionPreset } from "./presets";
import { identityFromClaims, type UpstreamIdentity } from "./upstream-identity";
import { upstreamFetch } from "./upstream-fetch";

// The relying-party side of a federated sign-in, all of it openid-client's (ARCHITECTURE.md
// "Federation"): discovery, PKCE (RFC 7636), state, nonce, the RFC 9207 `iss` check, ID token
// validation and userinfo. GitHub speaks OAuth 2.0 only: its user comes from its REST API
// (github-user.ts). Microsoft's multi-tenant issuers are entra-tenants.ts's.
export type UpstreamConnection = {
  id: string;
  preset: ConnectionPreset;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
};

/** The checks a callback must meet, kept in the sealed cookie between start and callback. */
export type UpstreamChecks = { state: string; nonce?: string; verifier: string };

const isGitHub = (connection: UpstreamConnection) => CONNECTION_PRESETS[connection.preset].protocol === "github";
// http only ever reaches the fetch guard for a host NINKA_OUTBOUND_ALLOW lists (tests).
const isInsecure = (connection: UpstreamConnection) => new URL(connection.issuer).protocol === "http:";

async function configure(connection: UpstreamConnection): Promise<oidc.Configuration> {
  const { issuer, clientId, clientSecret } = connection;
  const insecure = isInsecure(connection);
  if (isGitHub(connection)) {
    const config = new oidc.Configuration(gitHubServer(issuer), clientId, clientSecret);
    config[oidc.customFetch] = upstreamFetch;
    if (insecure) oidc.allowInsecureRequests(config);
    return config;
  }
  if (connection.preset === "microsoft") {
    const tenants = await discoverTenantAlias(issuer, clientId, clientSecret, { insecure });
    if (tenants) return tenants;
  }
  return oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, {
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
  const { claims, accessToken } = isTenantTemplate(config)
    ? await tenantCodeGrant(config, connection.clientSecret, callbackUrl, checks, { insecure: isInsecure(connection) })
    : await oidc
        .authorizationCodeGrant(config, callbackUrl, {
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          pkceCodeVerifier: checks.verifier,
        })
        .then((tokens) => ({ claims: tokens.claims()!, accessToken: tokens.access_token }));
  let profile: Record<string, unknown> = claims;
  if (typeof claims.email !== "string" && config.serverMetadata().userinfo_endpoint) {
    profile = { ...(await oidc.fetchUserInfo(config, accessToken, claims.sub)), ...claims };
  }
  return identityFromClaims(connection.preset, claims, profile);
}
