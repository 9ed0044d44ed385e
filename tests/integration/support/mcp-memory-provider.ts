import type { OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import type { OAuthClientInformationMixed, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";

/** The SDK's OAuth client provider, kept in memory; the authorization URL is left for the test to visit. */
export class MemoryProvider implements OAuthClientProvider {
  authorizationUrl?: URL;
  /** An https URL: the SDK then presents it as the client_id (a client ID metadata document). */
  clientMetadataUrl?: string;
  private information?: OAuthClientInformationMixed;
  private saved?: OAuthTokens;
  private verifier = "";
  constructor(readonly redirectUrl: string) {}
  get clientMetadata() {
    return {
      client_name: "Notes agent",
      redirect_uris: [this.redirectUrl],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    };
  }
  clientInformation() {
    return this.information;
  }
  saveClientInformation(information: OAuthClientInformationMixed) {
    this.information = information;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}
