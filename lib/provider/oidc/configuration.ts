import type { Configuration } from "oidc-provider";
import type { RuntimeConfig } from "@/lib/kernel/config/get-config";
import type { KeyMaterial } from "@/lib/oauth-core/keys/get-key-material";
import { SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";
import { successSource, userCodeConfirmSource, userCodeInputSource } from "@/lib/provider/oidc-pages/device-pages";
import { renderError } from "@/lib/provider/oidc-pages/error-page";
import { logoutSource, postLogoutSuccessSource } from "@/lib/provider/oidc-pages/logout-pages";
import { SCOPE_NAMES, scopeClaims } from "@/lib/oauth-core/scopes/oidc-scopes";
import { hasValidIdTokenHint, PROVIDER_COOKIES } from "@/lib/oauth-core/upstream/oidc-provider-internals";
import { adapterFor } from "./adapters/adapter-for";
import { consoleClientMetadata, FIRST_PARTY_PROPERTY, isFirstPartyClient } from "./console-client";
import { OIDC_ROUTES } from "./endpoints";
import { findAccount } from "./find-account";
import { ACR_VALUES, promptPolicy } from "./acr";
import { loadExistingGrant } from "./load-existing-grant";
import { accessTokenTtl, resourceIndicators } from "./resource-indicators";
import { clientBasedCors, introspectionAllowed, issueRefreshToken, revocationAllowed } from "./token-policies";
import { keepRequestedScope } from "./registration-scopes";
import { defaultRegistrationSigningAlg } from "./registration-signing-alg";
import { clientIdMetadataDocument, scopeDocumentMetadata } from "./client-id-documents";
import { providerFetch } from "./provider-fetch";
import { SCOPES_PROPERTY, SECRETS_PROPERTY } from "./to-oidc-metadata";
import { registrationFeatures } from "./registration-features";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { CLIENT_AUTH_SIGNING_ALGS } from "@/lib/portal/clients/client-jwks";

// node-oidc-provider configuration. Each choice says why; the rules are OAuth 2.1 / RFC 9700
// defaults (ARCHITECTURE.md "OAuth rules"). Lists (scopes, claims, algorithms) are derived from
// their one source, never restated here.

export function buildConfiguration(keys: KeyMaterial, config: RuntimeConfig): Configuration {
  const signingAlgs = [...SIGNING_ALGS];
  return {
    adapter: adapterFor,
    // The console signs in through Ninka itself (ARCHITECTURE.md "Identity").
    clients: [consoleClientMetadata(config)],
    // ninka_secrets: the digests compareClientSecret checks (lib/provider/oidc/install-secret-check.ts);
    // ninka_scopes: every scope the app registered, API scopes included (to-oidc-metadata.ts).
    // Registrations may ask for API scopes, which `scope` cannot hold (registration-scopes.ts).
    extraClientMetadata: {
      properties: [FIRST_PARTY_PROPERTY, SECRETS_PROPERTY, SCOPES_PROPERTY],
      // A document's metadata (client-id-documents.ts), then a registration's (registration-scopes.ts,
      // registration-signing-alg.ts).
      validator(ctx, key, value, metadata) {
        scopeDocumentMetadata(key, value, metadata);
        keepRequestedScope(ctx, key, value, metadata);
        defaultRegistrationSigningAlg(ctx, key, metadata);
      },
    },
    findAccount,
    loadExistingGrant,
    renderError,
    jwks: keys.jwks as Configuration["jwks"],
    // SameSite=Lax is what keeps Ninka's interaction forms safe from cross-site posts.
    cookies: { keys: keys.cookieKeys, ...PROVIDER_COOKIES },
    // Paths are relative to the /oauth mount (server.ts strips the prefix).
    routes: OIDC_ROUTES,
    // Login and consent are Ninka's own pages, outside /oauth.
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}`, policy: promptPolicy() },
    acrValues: ACR_VALUES,
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // OIDC Core §5.5: an app may ask for claims in the ID token itself (email_verified, say),
      // which otherwise carries only sub beside an access token (oidc-provider's conformIdTokenClaims).
      claimsParameter: { enabled: true },
      // RFC 8628, for native clients that opt in to the device_code grant (lib/portal/clients).
      deviceFlow: { enabled: true, userCodeInputSource, userCodeConfirmSource, successSource },
      introspection: { enabled: true, allowedPolicy: introspectionAllowed },
      revocation: { enabled: true, allowedPolicy: revocationAllowed },
      // RFC 7591/7592, behind the instance's registration policy (guard-registration.ts).
      ...registrationFeatures(),
      // An https URL as client_id names the app's metadata document, behind an instance setting.
      clientIdMetadataDocument,
      // RFC 8707: tokens for the APIs developers register, as RFC 9068 JWTs.
      resourceIndicators,
      rpInitiatedLogout: {
        enabled: true,
        // Straight through only for the console with a valid id_token_hint (no logout CSRF).
        logoutSource: (ctx, form) =>
          logoutSource(ctx, form, isFirstPartyClient(ctx.oidc.client?.metadata()) && hasValidIdTokenHint(ctx)),
        postLogoutSuccessSource,
      },
      // OIDC Back-Channel Logout 1.0: apps with a backchannel_logout_uri get a logout token when the
      // session they were signed in through ends (ARCHITECTURE.md "Back-channel logout"). Front-channel
      // logout stays off: it needs third-party iframes and cookies browsers no longer send.
      backchannelLogout: { enabled: true },
    },
    // OAuth 2.1: the authorization code flow only (no implicit or hybrid responses).
    responseTypes: ["code"],
    // Every URL the provider fetches or POSTs to (client ID metadata documents, back-channel logout
    // tokens) goes through the outbound guard.
    fetch: providerFetch,
    // PKCE (S256, the only method oidc-provider offers) on every authorization code request.
    pkce: { required: () => true },
    issueRefreshToken,
    clientBasedCORS: clientBasedCors,
    // rotateRefreshToken is oidc-provider's default: public clients get a new refresh token on every
    // use, and presenting a used one again revokes the whole grant (RFC 9700 §4.14.2); confidential
    // clients, whose refresh tokens only work with their secret, rotate once 70% of its life is gone.
    // Client secrets are stored only as digests, so nothing may use a secret as an HMAC key:
    // no client_secret_jwt, no HS* algorithms anywhere. private_key_jwt (RFC 7523) with the keys an
    // app registers (jwks, or jwks_uri through the outbound guard: provider-fetch.ts).
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt", "none"],
    enabledJWA: {
      clientAuthSigningAlgValues: [...CLIENT_AUTH_SIGNING_ALGS],
      requestObjectSigningAlgValues: ["ES256", "RS256", "PS256", "EdDSA"],
      idTokenSigningAlgValues: signingAlgs,
      userinfoSigningAlgValues: signingAlgs,
      introspectionSigningAlgValues: signingAlgs,
      authorizationSigningAlgValues: signingAlgs,
    },
    scopes: SCOPE_NAMES,
    // amr (RFC 8176) and acr (lib/provider/oidc/acr.ts) are not among oidc-provider's default claims; ID tokens
    // carry claims by scope, so they ride with `openid` and every ID token says how, and how strongly,
    // the user signed in.
    claims: { ...scopeClaims(), openid: [...(scopeClaims().openid ?? ["sub"]), "amr", "acr"] },
    // Every lifetime is in lib/kernel/time/lifetimes.ts (an API sets its own access-token lifetime).
    // A grant (the consent an app holds) is remembered from when it was first given, or until the
    // user removes the app in /account/apps.
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: LIFETIMES.authorizationCode,
      ClientCredentials: accessTokenTtl,
      DeviceCode: LIFETIMES.deviceCode,
      IdToken: LIFETIMES.idToken,
      Interaction: LIFETIMES.interaction,
      RefreshToken: LIFETIMES.refreshToken,
      // A session nobody signed in to (an anonymous GET /oauth/device keeps its CSRF state there) lives
      // minutes, not weeks, so anonymous page views cannot pile up rows; signing in saves it again
      // with the full lifetime.
      Session: (_ctx: unknown, session: { accountId?: string }) =>
        session.accountId ? LIFETIMES.session : LIFETIMES.anonymousSession,
      Grant: LIFETIMES.grant,
    },
  };
}
