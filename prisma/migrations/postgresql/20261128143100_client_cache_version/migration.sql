-- A counter every process's client cache checks (lib/clients/provider-client-cache.ts), bumped by
-- triggers on any write to a client or its secrets, whoever makes it.
CREATE TABLE "CacheVersion" (
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("name")
);
INSERT INTO "CacheVersion" ("name", "version") VALUES ('clients', 0);

CREATE FUNCTION "ninka_bump_clients_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "name" = 'clients';
  RETURN NULL;
END
$$;

CREATE TRIGGER "Client_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "Client"
  FOR EACH STATEMENT EXECUTE FUNCTION "ninka_bump_clients_version"();
CREATE TRIGGER "ClientSecret_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "ClientSecret"
  FOR EACH STATEMENT EXECUTE FUNCTION "ninka_bump_clients_version"();
