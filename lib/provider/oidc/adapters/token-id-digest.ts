import { createHash } from "node:crypto";

// Models whose id is a credential a client presents (a token, a code, a request_uri): only its
// SHA-256 digest is stored, as the row id, and the `jti` is left out of the stored payload. Token
// ids are 256-bit random values, so a fast digest is right (as for client secrets). Grants,
// sessions and interactions keep their ids: lib/portal/grants and lib/accounts/sessions refer to those rows by id,
// and oidc-provider reads a session's or device code's own id back from findByUid/findByUserCode,
// which a digest cannot give back (see SECURITY.md).
export const HASHED_ID_MODELS: ReadonlySet<string> = new Set([
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "ClientCredentials",
  "PushedAuthorizationRequest",
  "BackchannelAuthenticationRequest",
  "RegistrationAccessToken",
  "InitialAccessToken",
]);

/** The stored id of a token id: lowercase hex SHA-256 (the same as the migration computes in SQL). */
export function tokenIdDigest(id: string): string {
  return createHash("sha256").update(id, "utf8").digest("hex");
}
