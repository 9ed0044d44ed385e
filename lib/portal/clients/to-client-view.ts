import { toOwnerView, type OwnerNames } from "@/lib/kernel/actors/owner-scope";
import { Prisma, type Client } from "@/lib/kernel/db/generated/sqlite/client";
import type { ApplicationType } from "./application-types";
import type { ClientInput, ClientView } from "./schemas";
import { DEFAULT_SIGNING_ALG } from "@/lib/oauth-core/keys/signing-algorithms";
import { APPLICATION_TYPES, DEFAULT_USER_SCOPES } from "./application-types";

/** A client row with its owner (`ownerRelations` in the query). */
export type ClientRow = Client & OwnerNames;

export function toClientView(row: ClientRow): ClientView {
  return {
    client_id: row.id,
    client_name: row.name,
    application_type: row.applicationType as ApplicationType,
    redirect_uris: row.redirectUris as string[],
    post_logout_redirect_uris: row.postLogoutRedirectUris as string[],
    grant_types: row.grantTypes as string[],
    scope: row.scope,
    token_endpoint_auth_method: row.tokenEndpointAuthMethod,
    id_token_signed_response_alg: row.idTokenSignedResponseAlg as ClientView["id_token_signed_response_alg"],
    logo_uri: row.logoUri,
    client_uri: row.clientUri,
    policy_uri: row.policyUri,
    tos_uri: row.tosUri,
    backchannel_logout_uri: row.backchannelLogoutUri,
    backchannel_logout_session_required: row.backchannelLogoutSessionRequired,
    require_pushed_authorization_requests: row.requirePushedAuthorizationRequests,
    dpop_bound_access_tokens: row.dpopBoundAccessTokens,
    jwks: row.jwks as ClientView["jwks"],
    jwks_uri: row.jwksUri,
    token_endpoint_auth_signing_alg: row.tokenEndpointAuthSigningAlg as ClientView["token_endpoint_auth_signing_alg"],
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    owner: toOwnerView(row),
    registered_via: row.registeredVia as ClientView["registered_via"],
  };
}

/** The columns a validated input sets, with the preset's defaults filled in. */
export function toClientColumns(input: ClientInput) {
  const preset = APPLICATION_TYPES[input.application_type];
  return {
    applicationType: input.application_type,
    name: input.client_name,
    redirectUris: input.redirect_uris,
    postLogoutRedirectUris: input.post_logout_redirect_uris,
    grantTypes: input.grant_types ?? [...preset.grantTypes],
    scope: normaliseScope(input.scope ?? (preset.redirects ? DEFAULT_USER_SCOPES.join(" ") : "")),
    tokenEndpointAuthMethod: input.token_endpoint_auth_method ?? preset.authMethods[0],
    idTokenSignedResponseAlg: input.id_token_signed_response_alg ?? DEFAULT_SIGNING_ALG,
    logoUri: input.logo_uri ?? null,
    clientUri: input.client_uri ?? null,
    policyUri: input.policy_uri ?? null,
    tosUri: input.tos_uri ?? null,
    backchannelLogoutUri: input.backchannel_logout_uri ?? null,
    backchannelLogoutSessionRequired: input.backchannel_logout_session_required ?? false,
    requirePushedAuthorizationRequests: input.require_pushed_authorization_requests ?? false,
    dpopBoundAccessTokens: input.dpop_bound_access_tokens ?? false,
    // DbNull, not undefined: an update that drops the keys must clear them.
    jwks: input.jwks ?? Prisma.DbNull,
    jwksUri: input.jwks_uri ?? null,
    tokenEndpointAuthSigningAlg: input.token_endpoint_auth_signing_alg ?? null,
  };
}

const normaliseScope = (scope: string) => [...new Set(scope.split(" ").filter(Boolean))].join(" ");
