import { errors, type Configuration, type KoaContextWithOIDC, type ResourceServer } from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { resolveResourceServer, type ResourceServer as Api } from "@/lib/portal/apis/resolve-resource-server";
import { SCOPES_PROPERTY } from "./to-oidc-metadata";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

// node-oidc-provider's resourceIndicators feature (RFC 8707) wired to Ninka's registered APIs; the
// rules are lib/portal/apis/resolve-resource-server.ts's. oidc-provider itself issues the JWT access
// tokens (RFC 9068: typ at+jwt, aud = the API's identifier) with the provider's signing keys.
const PROVIDER = systemActor("oidc-provider");

type Client = { clientId: string; [SCOPES_PROPERTY]?: unknown };
type Features = NonNullable<Configuration["features"]>;

const split = (value: unknown) => (typeof value === "string" ? value.split(" ").filter(Boolean) : []);

type Entity = { scope?: string } | undefined;
type Grant = { getResourceScope(resource: string): string } | undefined;

/**
 * At a code, device code or refresh token exchange: the resource's scopes that the user's grant
 * holds and the exchanged token asks for (a refresh may narrow them with `scope`), as oidc-provider
 * will filter the access token's scope. Read from the request's entities: no query.
 */
function grantedScopes(ctx: KoaContextWithOIDC, resource: string): string[] {
  const { entities, params } = ctx.oidc as unknown as {
    entities: Record<string, Entity & Grant>;
    params?: Record<string, unknown>;
  };
  const source: Entity = entities.AuthorizationCode ?? entities.DeviceCode ?? entities.RefreshToken;
  const asked = new Set(params?.scope && entities.RefreshToken ? split(params.scope) : split(source?.scope));
  const grant = entities.Grant as Grant;
  return split(grant?.getResourceScope(resource)).filter((scope) => asked.has(scope));
}

async function decide(
  ctx: KoaContextWithOIDC,
  client: Client,
  resource: string | string[] | undefined,
): Promise<Api | null> {
  const { route } = ctx.oidc;
  const params = ctx.oidc.params ?? {};
  const clientCredentials = route === "token" && params.grant_type === "client_credentials";
  // Scopes are asked for at the authorization endpoints and with client_credentials; exchanging a
  // code or a refresh token only narrows what was granted then.
  const asking = route !== "token" || clientCredentials;
  const registered = client[SCOPES_PROPERTY];
  const decision = await resolveResourceServer(PROVIDER, {
    resource,
    scopes: asking ? split(params.scope) : undefined,
    // Registered apps carry their scopes; the first-party console, which asks only for OIDC
    // scopes, has none (null).
    client: { id: client.clientId, scopes: Array.isArray(registered) ? (registered as string[]) : null },
    clientCredentials,
    granted: asking || typeof resource !== "string" ? undefined : grantedScopes(ctx, resource),
  });
  if (decision.ok) return decision.server;
  throw decision.error === "invalid_scope"
    ? new errors.InvalidScope(decision.description, "")
    : new errors.InvalidTarget(decision.description);
}

const toResourceServer = (api: Api): ResourceServer => ({
  scope: api.scopes.join(" "),
  audience: api.identifier,
  accessTokenTTL: api.accessTokenTtl,
  accessTokenFormat: "jwt",
  jwt: { sign: { alg: api.signingAlg } },
});

// defaultResource's answer, so that oidc-provider's lookup of the same API right after it (same
// request, same checks) costs no second round of queries.
const resolved = new WeakMap<KoaContextWithOIDC, Api>();

export const resourceIndicators: Features["resourceIndicators"] = {
  enabled: true,
  // Without a resource parameter the API is the one whose scopes are asked for (or none: a token
  // for userinfo only, which stays opaque). `oneOf` never has two entries: one API per request.
  async defaultResource(ctx, client, oneOf) {
    if (oneOf) return oneOf;
    const api = await decide(ctx, client, undefined);
    if (api) resolved.set(ctx, api);
    return api?.identifier;
  },
  async getResourceServerInfo(ctx, indicator, client) {
    const earlier = resolved.get(ctx);
    const requested = (ctx.oidc.params?.resource as string | string[] | undefined) ?? indicator;
    const api = earlier?.identifier === indicator ? earlier : await decide(ctx, client, requested);
    if (!api || api.identifier !== indicator) throw new errors.InvalidTarget();
    return toResourceServer(api);
  },
  // A code or refresh token for an API gives tokens for that API without repeating `resource`
  // (refresh keeps the audience); the ID token then carries the profile claims itself.
  useGrantedResource: async () => true,
};

/** Access-token lifetime: the API's own, or LIFETIMES.accessToken for userinfo-only tokens. */
export const accessTokenTtl = (_ctx: KoaContextWithOIDC, token: { resourceServer?: { accessTokenTTL?: number } }) =>
  token.resourceServer?.accessTokenTTL ?? LIFETIMES.accessToken;
