-- ownerless_clients (SQLite). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/postgresql/20261206185134_ownerless_clients/migration.sql, matching prisma/schema.prisma.
-- Apps registered under the `open` dynamic registration policy belong to nobody: Client.ownerId
-- becomes nullable (ARCHITECTURE.md "Dynamic registration"), and open-registered apps are counted
-- and purged along (registeredVia, createdAt).
-- SQLite cannot drop NOT NULL in place: the table is rebuilt (SQLite's documented procedure, "Making
-- Other Kinds Of Table Schema Changes"). The migration runner applies SQLite migrations with
-- foreign keys off and checks them before committing (lib/kernel/db/migrations/drivers.ts), so
-- dropping the old table cascades nothing to ClientSecret, ApiClientApproval, ClientReview or
-- ClientTestUser, whose references name "Client" and follow the new table. Every column keeps its
-- type, default and order; the indexes and the cache triggers are made again.
CREATE TABLE "new_Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "applicationType" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "redirectUris" JSONB NOT NULL,
    "postLogoutRedirectUris" JSONB NOT NULL,
    "grantTypes" JSONB NOT NULL,
    "scope" TEXT NOT NULL,
    "tokenEndpointAuthMethod" TEXT NOT NULL,
    "logoUri" TEXT,
    "clientUri" TEXT,
    "policyUri" TEXT,
    "tosUri" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "idTokenSignedResponseAlg" TEXT NOT NULL DEFAULT 'ES256',
    "suspendedAt" DATETIME,
    "suspendedReason" TEXT,
    "registeredVia" TEXT,
    "registrationTokenId" TEXT,
    CONSTRAINT "Client_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Client" (
    "id", "ownerId", "applicationType", "name", "redirectUris", "postLogoutRedirectUris", "grantTypes",
    "scope", "tokenEndpointAuthMethod", "logoUri", "clientUri", "policyUri", "tosUri", "createdAt",
    "updatedAt", "lastUsedAt", "idTokenSignedResponseAlg", "suspendedAt", "suspendedReason",
    "registeredVia", "registrationTokenId"
)
SELECT
    "id", "ownerId", "applicationType", "name", "redirectUris", "postLogoutRedirectUris", "grantTypes",
    "scope", "tokenEndpointAuthMethod", "logoUri", "clientUri", "policyUri", "tosUri", "createdAt",
    "updatedAt", "lastUsedAt", "idTokenSignedResponseAlg", "suspendedAt", "suspendedReason",
    "registeredVia", "registrationTokenId"
FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";

CREATE INDEX "Client_ownerId_createdAt_idx" ON "Client"("ownerId", "createdAt");
CREATE INDEX "Client_createdAt_id_idx" ON "Client"("createdAt", "id");
CREATE INDEX "Client_name_idx" ON "Client"("name");
CREATE INDEX "Client_registeredVia_createdAt_idx" ON "Client"("registeredVia", "createdAt");

CREATE TRIGGER "Client_cache_insert" AFTER INSERT ON "Client" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "Client_cache_update" AFTER UPDATE ON "Client" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "Client_cache_delete" AFTER DELETE ON "Client" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
-- The rebuild wrote every row once more: the clients' cache reloads everywhere.
UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients';
