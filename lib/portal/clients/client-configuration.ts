import type { ClientView } from "./schemas";

/** Where the instance's endpoints are (lib/provider/oidc/endpoints.ts gives them). */
type Endpoints = {
  issuer: string;
  discoveryUrl: string;
  jwksUri: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
};

/**
 * An app's public configuration as one JSON document to download (as Google's console offers),
 * in the metadata names of RFC 7591 and RFC 8414. Never a secret: those are shown once and only
 * their digests are kept (ARCHITECTURE.md "Clients and secrets").
 */
export function clientConfiguration(client: ClientView, endpoints: Endpoints) {
  const browserFlow = client.application_type !== "m2m";
  return {
    client_id: client.client_id,
    client_name: client.client_name,
    application_type: client.application_type,
    issuer: endpoints.issuer,
    discovery_url: endpoints.discoveryUrl,
    ...(browserFlow && { authorization_endpoint: endpoints.authorizationEndpoint }),
    token_endpoint: endpoints.tokenEndpoint,
    jwks_uri: endpoints.jwksUri,
    token_endpoint_auth_method: client.token_endpoint_auth_method,
    grant_types: client.grant_types,
    scope: client.scope,
    ...(browserFlow && {
      redirect_uris: client.redirect_uris,
      post_logout_redirect_uris: client.post_logout_redirect_uris,
    }),
  };
}
