-- Tokens and codes are stored under the SHA-256 digest of their id, without the id in the payload
-- (lib/oidc/adapters/token-id-digest.ts).
UPDATE "OidcPayload"
SET "id" = encode(sha256(convert_to("id", 'UTF8')), 'hex'), "payload" = "payload" - 'jti'
WHERE "model" IN ('AccessToken','AuthorizationCode','RefreshToken','ClientCredentials','PushedAuthorizationRequest','BackchannelAuthenticationRequest','RegistrationAccessToken','InitialAccessToken');
