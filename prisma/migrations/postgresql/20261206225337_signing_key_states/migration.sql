-- signing_key_states (PostgreSQL). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/sqlite/20261206225337_signing_key_states/migration.sql, matching prisma/schema.prisma.
-- Signing keys get a life cycle (ARCHITECTURE.md "Signing keys"): an algorithm and a state
-- (next, active, retiring, retired) with the moments it changed. The keys made at first start are
-- the active keys of their algorithms, active since they were made. Cookie keys get neither.
ALTER TABLE "OidcKey" ADD COLUMN "alg" TEXT;
ALTER TABLE "OidcKey" ADD COLUMN "state" TEXT;
ALTER TABLE "OidcKey" ADD COLUMN "activatedAt" TIMESTAMP(3);
ALTER TABLE "OidcKey" ADD COLUMN "retiringAt" TIMESTAMP(3);
ALTER TABLE "OidcKey" ADD COLUMN "retiredAt" TIMESTAMP(3);
UPDATE "OidcKey" SET "alg" = substr("id", 9), "state" = 'active', "activatedAt" = "createdAt" WHERE "kind" = 'signing';
