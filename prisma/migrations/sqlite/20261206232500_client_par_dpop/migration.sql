-- client_par_dpop (SQLite). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/postgresql/20261206232500_client_par_dpop/migration.sql, matching prisma/schema.prisma.
-- Per-app policies (ARCHITECTURE.md "OAuth rules"): an app may require pushed authorization
-- requests (RFC 9126) and sender-constrained, DPoP-bound tokens (RFC 9449). Off for existing apps.
ALTER TABLE "Client" ADD COLUMN "requirePushedAuthorizationRequests" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Client" ADD COLUMN "dpopBoundAccessTokens" BOOLEAN NOT NULL DEFAULT false;
