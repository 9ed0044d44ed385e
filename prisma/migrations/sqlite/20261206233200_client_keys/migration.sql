-- client_keys (SQLite). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/postgresql/20261206233200_client_keys/migration.sql, matching prisma/schema.prisma.
-- private_key_jwt client authentication (RFC 7523): an app's public keys, pasted (jwks) or at a URL
-- (jwks_uri), and the algorithm its assertions use (ARCHITECTURE.md "Clients and secrets").
ALTER TABLE "Client" ADD COLUMN "jwks" JSONB;
ALTER TABLE "Client" ADD COLUMN "jwksUri" TEXT;
ALTER TABLE "Client" ADD COLUMN "tokenEndpointAuthSigningAlg" TEXT;
