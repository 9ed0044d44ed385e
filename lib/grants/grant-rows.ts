// Grants are node-oidc-provider's "Grant" rows in OidcPayload (one per account and client, see
// lib/oidc/load-existing-grant.ts); the tokens issued under a grant carry its id in `grantId`
// (the models listed in lib/upstream/oidc-provider-internals.ts, GRANT_BOUND_MODELS).
export const GRANT_MODEL = "Grant";

type GrantPayload = { iat?: number; openid?: { scope?: string }; rejected?: { openid?: { scope?: string } } };

/** The OIDC scopes a grant payload holds, without any the user rejected. */
export function grantedScopes(payload: unknown): string[] {
  const { openid, rejected } = (payload ?? {}) as GrantPayload;
  const refused = new Set((rejected?.openid?.scope ?? "").split(" "));
  return (openid?.scope ?? "").split(" ").filter((scope) => scope && !refused.has(scope));
}

/** When the grant was first given (its `iat`: oidc-provider keeps it when the grant is widened). */
export function grantedAt(payload: unknown): Date | null {
  const { iat } = (payload ?? {}) as GrantPayload;
  return typeof iat === "number" ? new Date(iat * 1000) : null;
}
