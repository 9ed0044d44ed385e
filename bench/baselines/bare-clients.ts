import type { ClientMetadata } from "oidc-provider";

// The baselines' static clients and user, mirroring what the benchmark seeds in Ninka: a
// machine-to-machine client, a confidential web app and a public single-page app. Shared by the
// baseline servers and the load generator.
const BARE_REDIRECT_URI = "https://app.bench.example/callback";
export const BARE_ACCOUNT = {
  id: "bench-user",
  email: "bench@example.test",
  password: "unused: the baseline signs in without asking",
};

export const BARE_M2M = { clientId: "bench-m2m", secret: "bench-m2m-secret-0123456789abcdef0123456789abcdef" };
export const BARE_WEB = {
  clientId: "bench-web",
  secret: "bench-web-secret-0123456789abcdef0123456789abcdef",
  redirectUri: BARE_REDIRECT_URI,
  scope: "openid profile email",
};
export const BARE_SPA = { clientId: "bench-spa", redirectUri: BARE_REDIRECT_URI, scope: "openid offline_access" };

// ES256 ID tokens, as Ninka's default signing algorithm.
export const BARE_CLIENTS: ClientMetadata[] = [
  {
    client_id: BARE_M2M.clientId,
    client_secret: BARE_M2M.secret,
    grant_types: ["client_credentials"],
    response_types: [],
    token_endpoint_auth_method: "client_secret_basic",
  },
  {
    client_id: BARE_WEB.clientId,
    client_secret: BARE_WEB.secret,
    redirect_uris: [BARE_REDIRECT_URI],
    grant_types: ["authorization_code", "refresh_token"],
    token_endpoint_auth_method: "client_secret_basic",
    id_token_signed_response_alg: "ES256",
  },
  {
    client_id: BARE_SPA.clientId,
    redirect_uris: [BARE_REDIRECT_URI],
    grant_types: ["authorization_code", "refresh_token"],
    token_endpoint_auth_method: "none",
    id_token_signed_response_alg: "ES256",
  },
];
