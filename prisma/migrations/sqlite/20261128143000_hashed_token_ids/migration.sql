-- Tokens and codes are stored under the SHA-256 digest of their id, without the id in the payload
-- (lib/oidc/adapters/token-id-digest.ts). ninka_sha256_hex is registered by the migration runner.
UPDATE "OidcPayload"
SET "id" = ninka_sha256_hex("id"), "payload" = json_remove("payload", '$.jti')
WHERE "model" IN ('AccessToken','AuthorizationCode','RefreshToken','ClientCredentials','PushedAuthorizationRequest','BackchannelAuthenticationRequest','RegistrationAccessToken','InitialAccessToken');
