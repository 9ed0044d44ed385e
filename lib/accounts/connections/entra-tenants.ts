import "server-only";
import { decodeJwt } from "jose";
import * as oauth from "oauth4webapi";
import * as oidc from "openid-client";
import { upstreamFetch } from "./upstream-fetch";

// Microsoft Entra ID's multi-tenant endpoints (ARCHITECTURE.md "Federation"): an issuer naming
// `common`, `organizations` or `consumers` instead of a tenant serves a discovery document whose
// issuer is a template (https://login.microsoftonline.com/{tenantid}/v2.0), and each ID token's
// `iss` names its user's own tenant, the one in its `tid` claim. openid-client 6 knows this only
// on the host login.microsoftonline.com; Ninka does it for the Microsoft preset on any host
// (national clouds, the tests' stand-in) with the same rule: the expected issuer is the template
// with the token's `tid`, and oauth4webapi (openid-client's core) validates the ID token against it.
const ALIASES = new Set(["common", "organizations", "consumers"]);
const TEMPLATE = "{tenantid}";
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Options = { insecure: boolean };
const discoveryOptions = ({ insecure }: Options): oidc.DiscoveryRequestOptions => ({
  [oidc.customFetch]: upstreamFetch,
  execute: insecure ? [oidc.allowInsecureRequests] : [],
});

/** For an issuer whose first path segment is a tenant alias: what surrounds the tenant in it. */
function aliasOf(issuer: string): { before: string; after: string } | null {
  const url = new URL(issuer);
  const [, tenant, ...rest] = url.pathname.replace(/\/$/, "").split("/");
  if (!tenant || !ALIASES.has(tenant.toLowerCase())) return null;
  return { before: `${url.origin}/`, after: rest.length ? `/${rest.join("/")}` : "" };
}

/**
 * The configuration of a Microsoft issuer naming a tenant alias, or null for any other issuer
 * (discovered as usual). Its document's issuer must be the template, or one tenant's issuer
 * (`consumers` names its one tenant), on the same host and path.
 */
export async function discoverTenantAlias(
  issuer: string,
  clientId: string,
  clientSecret: string,
  options: Options,
): Promise<oidc.Configuration | null> {
  const alias = aliasOf(issuer);
  if (!alias) return null;
  // The document's own URL: openid-client then leaves comparing its issuer to Ninka (below).
  const document = new URL(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
  const config = await oidc.discovery(document, clientId, clientSecret, undefined, discoveryOptions(options));
  const stated = config.serverMetadata().issuer;
  const tenant =
    stated.startsWith(alias.before) && stated.endsWith(alias.after)
      ? stated.slice(alias.before.length, stated.length - alias.after.length)
      : "";
  if (tenant !== TEMPLATE && !TENANT_ID.test(tenant)) {
    throw new Error(`the discovery document of ${issuer} names another issuer: ${stated}`);
  }
  return config;
}

/** Whether `config` is a multi-tenant one, whose ID tokens each name their own tenant's issuer. */
export const isTenantTemplate = (config: oidc.Configuration) => config.serverMetadata().issuer.includes(TEMPLATE);

/**
 * The issuer an ID token in `response` must have: the template with the token's (not yet
 * trusted) `tid`. A response with no tenant ID in its ID token is refused here: the template
 * itself must never be an accepted issuer.
 */
async function expectedIssuer(template: string, response: Response): Promise<string> {
  if (!response.ok) return template; // an error answer: processAuthorizationCodeResponse says which
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { id_token?: unknown } | null;
  let tid: unknown;
  try {
    tid = typeof body?.id_token === "string" ? decodeJwt(body.id_token).tid : undefined;
  } catch {
    tid = undefined;
  }
  if (typeof tid !== "string" || !TENANT_ID.test(tid)) throw new Error("the ID token names no tenant (tid)");
  return template.replace(TEMPLATE, tid);
}

/**
 * openid-client's authorizationCodeGrant for a multi-tenant configuration, in oauth4webapi's
 * steps: the callback's state and `iss` (RFC 9207), the code redeemed with the PKCE verifier, then
 * the ID token validated (issuer, audience, times, nonce) against its tenant's issuer.
 */
export async function tenantCodeGrant(
  config: oidc.Configuration,
  clientSecret: string,
  callbackUrl: URL,
  checks: { state: string; nonce?: string; verifier: string },
  options: Options,
): Promise<{ claims: oauth.IDToken; accessToken: string }> {
  // The metadata alone, without openid-client's helper method.
  const as: oauth.AuthorizationServer = { ...config.serverMetadata(), supportsPKCE: undefined };
  const client: oauth.Client = { client_id: config.clientMetadata().client_id };
  const parameters = oauth.validateAuthResponse(as, client, callbackUrl, checks.state);
  const redirectUri = new URL(callbackUrl.pathname, callbackUrl.origin).href;
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.ClientSecretPost(clientSecret),
    parameters,
    redirectUri,
    checks.verifier,
    { [oauth.customFetch]: upstreamFetch, [oauth.allowInsecureRequests]: options.insecure },
  );
  const tenantServer = { ...as, issuer: await expectedIssuer(as.issuer, response) };
  const result = await oauth.processAuthorizationCodeResponse(tenantServer, client, response, {
    expectedNonce: checks.nonce,
    requireIdToken: true,
  });
  return { claims: oauth.getValidatedIdTokenClaims(result)!, accessToken: result.access_token };
}
