// Grants are node-oidc-provider's "Grant" rows in OidcPayload (one per account and client, see
// lib/provider/oidc/load-existing-grant.ts); the tokens issued under a grant carry its id in `grantId`
// (the models listed in lib/oauth-core/upstream/oidc-provider-internals.ts, GRANT_BOUND_MODELS).
export { GRANT_MODEL } from "@/lib/oauth-core/upstream/oidc-provider-internals";

type Scoped = { openid?: { scope?: string }; resources?: Record<string, string> };
type GrantPayload = Scoped & { iat?: number; rejected?: Scoped };

const words = (scope: string | undefined) => (scope ?? "").split(" ").filter(Boolean);

/** The OIDC scopes a grant payload holds, without any the user rejected. */
export function grantedScopes(payload: unknown): string[] {
  const { openid, rejected } = (payload ?? {}) as GrantPayload;
  const refused = new Set(words(rejected?.openid?.scope));
  return words(openid?.scope).filter((scope) => !refused.has(scope));
}

/** The API scopes a grant payload holds, by the API's identifier (resource indicator). */
export function grantedResourceScopes(payload: unknown): Record<string, string[]> {
  const { resources = {}, rejected } = (payload ?? {}) as GrantPayload;
  return Object.fromEntries(
    Object.entries(resources).map(([identifier, scope]) => {
      const refused = new Set(words(rejected?.resources?.[identifier]));
      return [identifier, words(scope).filter((value) => !refused.has(value))];
    }),
  );
}

/** When the grant was first given (its `iat`: oidc-provider keeps it when the grant is widened). */
export function grantedAt(payload: unknown): Date | null {
  const { iat } = (payload ?? {}) as GrantPayload;
  return typeof iat === "number" ? new Date(iat * 1000) : null;
}
