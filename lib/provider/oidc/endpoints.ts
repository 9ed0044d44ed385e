import { getConfig } from "@/lib/kernel/config/get-config";

// The provider's routes, relative to the /oauth mount (server.ts strips the prefix), and the
// addresses an API needs to validate Ninka's tokens.
export const OIDC_ROUTES = {
  authorization: "/authorize",
  token: "/token",
  jwks: "/jwks",
  userinfo: "/userinfo",
  revocation: "/revoke",
  introspection: "/introspect",
  device_authorization: "/device/auth",
  code_verification: "/device",
  end_session: "/logout",
  pushed_authorization_request: "/par",
  // RFC 7591 registration, and RFC 7592 management at /reg/{client_id}.
  registration: "/reg",
} as const;

/**
 * The issuer, its discovery document, its JWKS (where APIs find the token signing keys) and the
 * endpoints an app's library is pointed at (the app page's Overview).
 */
export function getIssuerEndpoints() {
  const { issuer } = getConfig();
  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    jwksUri: `${issuer}${OIDC_ROUTES.jwks}`,
    authorizationEndpoint: `${issuer}${OIDC_ROUTES.authorization}`,
    tokenEndpoint: `${issuer}${OIDC_ROUTES.token}`,
    pushedAuthorizationRequestEndpoint: `${issuer}${OIDC_ROUTES.pushed_authorization_request}`,
  };
}

export type IssuerEndpoints = ReturnType<typeof getIssuerEndpoints>;
