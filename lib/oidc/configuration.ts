import type { Configuration } from "oidc-provider";
import { PrismaAdapter } from "./prisma-adapter";
import type { KeyMaterial } from "./get-key-material";

// node-oidc-provider configuration. Each choice says why; the rules come from DESIGN.md
// ("OAuth rules": OAuth 2.1 / RFC 9700 defaults).
export function buildConfiguration(keys: KeyMaterial): Configuration {
  const signingAlgs: ("ES256" | "RS256")[] = ["ES256", "RS256"];
  return {
    adapter: PrismaAdapter,
    jwks: keys.jwks as Configuration["jwks"],
    cookies: {
      keys: keys.cookieKeys,
      long: { signed: true, httpOnly: true, sameSite: "lax" },
      short: { signed: true, httpOnly: true, sameSite: "lax" },
    },
    // Paths are relative to the /oauth mount (server.ts strips the prefix).
    routes: {
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
    },
    // Login and consent are Ninka's own pages, outside /oauth.
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      deviceFlow: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    // OAuth 2.1: the authorization code flow only (no implicit or hybrid responses).
    responseTypes: ["code"],
    // PKCE (S256, the only method oidc-provider offers) on every authorization code request.
    pkce: { required: () => true },
    // Client secrets are stored only as digests, so nothing may use a secret as an HMAC key:
    // no client_secret_jwt, no HS* algorithms anywhere.
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt", "none"],
    enabledJWA: {
      clientAuthSigningAlgValues: ["ES256", "RS256", "PS256", "EdDSA"],
      requestObjectSigningAlgValues: ["ES256", "RS256", "PS256", "EdDSA"],
      idTokenSigningAlgValues: signingAlgs,
      userinfoSigningAlgValues: signingAlgs,
      introspectionSigningAlgValues: signingAlgs,
      authorizationSigningAlgValues: signingAlgs,
    },
    scopes: ["openid", "profile", "email", "offline_access"],
    claims: {
      openid: ["sub"],
      profile: ["name", "updated_at"],
      email: ["email", "email_verified"],
    },
    // Short-lived codes and access tokens; sessions and refresh tokens last two weeks.
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      ClientCredentials: 3600,
      DeviceCode: 600,
      IdToken: 3600,
      Interaction: 3600,
      RefreshToken: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
  };
}
