import type { ClientMetadata } from "oidc-provider";
import type { StoredSecret } from "@/lib/portal/client-secrets/client-secret";
import { isConfidential } from "@/lib/portal/clients/application-types";
import { isScope } from "@/lib/oauth-core/scopes/oidc-scopes";
import type { ProviderClient } from "@/lib/portal/clients/find-provider-client";

// oidc-provider insists that clients using secret-based auth carry a non-empty `client_secret`.
// Ninka stores only digests, so every such client gets this placeholder and the real check
// happens in compareClientSecret (lib/provider/oidc/install-secret-check.ts) against `ninka_secrets`.
const CLIENT_SECRET_PLACEHOLDER = "ninka:secrets-are-stored-as-digests";
export const SECRETS_PROPERTY = "ninka_secrets";
// oidc-provider accepts only its own (OIDC) scopes in `scope`; every scope the app registered,
// API scopes included, travels here for lib/provider/oidc/resource-indicators.ts.
export const SCOPES_PROPERTY = "ninka_scopes";

/** A client row as node-oidc-provider client metadata. */
export function toOidcMetadata(row: ProviderClient): ClientMetadata {
  const grantTypes = row.grantTypes as string[];
  // oidc-provider refuses empty strings: leave unset fields out.
  const scopes = row.scope.split(" ").filter(Boolean);
  const optional = {
    scope: scopes.filter(isScope).join(" "),
    logo_uri: row.logoUri,
    client_uri: row.clientUri,
    policy_uri: row.policyUri,
    tos_uri: row.tosUri,
    backchannel_logout_uri: row.backchannelLogoutUri,
  };
  const metadata: ClientMetadata = {
    client_id: row.id,
    client_name: row.name,
    // OIDC's application_type: only native apps may use custom schemes and loopback redirects.
    application_type: row.applicationType === "native" ? "native" : "web",
    redirect_uris: row.redirectUris as string[],
    post_logout_redirect_uris: row.postLogoutRedirectUris as string[],
    grant_types: grantTypes,
    response_types: grantTypes.includes("authorization_code") ? ["code"] : [],
    token_endpoint_auth_method: row.tokenEndpointAuthMethod as ClientMetadata["token_endpoint_auth_method"],
    id_token_signed_response_alg: row.idTokenSignedResponseAlg as ClientMetadata["id_token_signed_response_alg"],
    backchannel_logout_session_required: row.backchannelLogoutSessionRequired,
    // Per-app policies oidc-provider enforces itself (RFC 9126 §5, RFC 9449 §5.2).
    require_pushed_authorization_requests: row.requirePushedAuthorizationRequests,
    dpop_bound_access_tokens: row.dpopBoundAccessTokens,
    // private_key_jwt (RFC 7523): oidc-provider verifies the assertion against these keys, fetching
    // jwks_uri through the outbound guard (provider-fetch.ts), cached, refetched on an unknown kid.
    ...(row.jwks ? { jwks: row.jwks as unknown as ClientMetadata["jwks"] } : {}),
    ...(row.jwksUri ? { jwks_uri: row.jwksUri } : {}),
    ...(row.tokenEndpointAuthSigningAlg
      ? {
          token_endpoint_auth_signing_alg:
            row.tokenEndpointAuthSigningAlg as ClientMetadata["token_endpoint_auth_signing_alg"],
        }
      : {}),
    [SCOPES_PROPERTY]: scopes,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
  };
  if (isConfidential(row.applicationType)) {
    metadata.client_secret = CLIENT_SECRET_PLACEHOLDER;
    metadata[SECRETS_PROPERTY] = row.secrets.map((s): StoredSecret => ({
      id: s.id,
      digest: s.digest,
      expires_at: s.expiresAt ? Math.floor(s.expiresAt.getTime() / 1000) : null,
    }));
  }
  return metadata;
}
