-- ownerless_clients (PostgreSQL). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/sqlite/20261206185134_ownerless_clients/migration.sql, matching prisma/schema.prisma.
-- Apps registered under the `open` dynamic registration policy belong to nobody: Client.ownerId
-- becomes nullable (ARCHITECTURE.md "Dynamic registration"), and open-registered apps are counted
-- and purged along (registeredVia, createdAt). The foreign key, its cascade and every index stay.
ALTER TABLE "Client" ALTER COLUMN "ownerId" DROP NOT NULL;
CREATE INDEX "Client_registeredVia_createdAt_idx" ON "Client"("registeredVia", "createdAt");
