-- A counter every process's client cache checks (lib/clients/provider-client-cache.ts), bumped by
-- triggers on any write to a client or its secrets, whoever makes it.
CREATE TABLE "CacheVersion" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "CacheVersion" ("name", "version") VALUES ('clients', 0);

CREATE TRIGGER "Client_cache_insert" AFTER INSERT ON "Client" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "Client_cache_update" AFTER UPDATE ON "Client" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "Client_cache_delete" AFTER DELETE ON "Client" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "ClientSecret_cache_insert" AFTER INSERT ON "ClientSecret" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "ClientSecret_cache_update" AFTER UPDATE ON "ClientSecret" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
CREATE TRIGGER "ClientSecret_cache_delete" AFTER DELETE ON "ClientSecret" BEGIN UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients'; END;
