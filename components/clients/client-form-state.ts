import { APPLICATION_TYPES, DEFAULT_USER_SCOPES, type ApplicationType } from "@/lib/portal/clients/application-types";
import { DEFAULT_SIGNING_ALG } from "@/lib/oauth-core/keys/signing-algorithms";
import type { ClientView } from "@/lib/portal/clients/schemas";

// What the app form holds while the developer types: text as typed, so an error answer keeps it.
export type ClientFormState = {
  application_type: ApplicationType;
  client_name: string;
  redirect_uris: string;
  post_logout_redirect_uris: string;
  scopes: string[];
  token_endpoint_auth_method: string;
  id_token_signed_response_alg: string;
  logo_uri: string;
  client_uri: string;
  policy_uri: string;
  tos_uri: string;
  backchannel_logout_uri: string;
  backchannel_logout_session_required: boolean;
  require_pushed_authorization_requests: boolean;
  dpop_bound_access_tokens: boolean;
  /** private_key_jwt: the JWK Set as pasted (JSON text), or its URL, and the assertions' algorithm ("" for any). */
  jwks: string;
  jwks_uri: string;
  token_endpoint_auth_signing_alg: string;
};

// The scopes a new app starts with are the ones the domain gives an app registered without any.
const DEFAULT_SCOPES: string[] = [...DEFAULT_USER_SCOPES];

export function newClientFormState(type: ApplicationType): ClientFormState {
  return {
    application_type: type,
    client_name: "",
    redirect_uris: "",
    post_logout_redirect_uris: "",
    scopes: DEFAULT_SCOPES,
    token_endpoint_auth_method: APPLICATION_TYPES[type].authMethods[0],
    id_token_signed_response_alg: DEFAULT_SIGNING_ALG,
    logo_uri: "",
    client_uri: "",
    policy_uri: "",
    tos_uri: "",
    backchannel_logout_uri: "",
    backchannel_logout_session_required: false,
    require_pushed_authorization_requests: false,
    dpop_bound_access_tokens: false,
    jwks: "",
    jwks_uri: "",
    token_endpoint_auth_signing_alg: "",
  };
}

export function clientFormState(client: ClientView): ClientFormState {
  return {
    application_type: client.application_type,
    client_name: client.client_name,
    redirect_uris: client.redirect_uris.join("\n"),
    post_logout_redirect_uris: client.post_logout_redirect_uris.join("\n"),
    scopes: client.scope.split(" ").filter(Boolean),
    token_endpoint_auth_method: client.token_endpoint_auth_method,
    id_token_signed_response_alg: client.id_token_signed_response_alg,
    logo_uri: client.logo_uri ?? "",
    client_uri: client.client_uri ?? "",
    policy_uri: client.policy_uri ?? "",
    tos_uri: client.tos_uri ?? "",
    backchannel_logout_uri: client.backchannel_logout_uri ?? "",
    backchannel_logout_session_required: client.backchannel_logout_session_required,
    require_pushed_authorization_requests: client.require_pushed_authorization_requests,
    dpop_bound_access_tokens: client.dpop_bound_access_tokens,
    jwks: client.jwks ? JSON.stringify(client.jwks, null, 2) : "",
    jwks_uri: client.jwks_uri ?? "",
    token_endpoint_auth_signing_alg: client.token_endpoint_auth_signing_alg ?? "",
  };
}
