import type { ClientMetadata } from "oidc-provider";
import { deriveSecret } from "@/lib/kernel/crypto/derived-keys";
import type { RuntimeConfig } from "@/lib/kernel/config/get-config";

// The developer console is itself a client of Ninka ("Sign in with Ninka", ARCHITECTURE.md "Identity").
// It is a static client of the provider configuration: its secret is derived from NINKA_SECRET, so
// every process agrees on it and nothing is stored, and its redirect URIs follow NINKA_URL, so it
// is "created or updated" by every start.
export const CONSOLE_CLIENT_ID = "ninka-console";

// Client metadata property marking clients of Ninka itself: they skip the consent screen.
export const FIRST_PARTY_PROPERTY = "ninka_first_party";

export const consoleClientSecret = (config: RuntimeConfig) => deriveSecret(config.secret, "console-client-secret");

export function consoleClientMetadata(config: RuntimeConfig): ClientMetadata {
  return {
    client_id: CONSOLE_CLIENT_ID,
    client_secret: consoleClientSecret(config),
    client_name: "Ninka console",
    redirect_uris: [`${config.NINKA_URL}/api/auth/callback/ninka`],
    post_logout_redirect_uris: [`${config.NINKA_URL}/`],
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    token_endpoint_auth_method: "client_secret_basic",
    [FIRST_PARTY_PROPERTY]: true,
  };
}

export const isFirstPartyClient = (client: { [key: string]: unknown } | undefined) =>
  client?.[FIRST_PARTY_PROPERTY] === true;
