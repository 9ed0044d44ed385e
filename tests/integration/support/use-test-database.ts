import { afterAll, beforeAll } from "vitest";
import { disconnectDb, getDatabaseTarget } from "@/lib/kernel/db/client";
import { applyMigrations } from "@/lib/kernel/db/migrations/apply-migrations";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * Points this test file's in-process lib/ code (getConfig, getDb) at a fresh migrated database,
 * and drops it afterwards. For tests that call lib/ directly rather than over HTTP.
 */
export function useTestDatabase(): { current: () => TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    resetProcessState();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, database.env);
    await applyMigrations(getDatabaseTarget());
  });
  afterAll(async () => {
    await disconnectDb();
    resetProcessState();
    await database?.drop();
  });
  return {
    current: () => {
      if (!database) throw new Error("useTestDatabase: database not ready (use inside tests)");
      return database;
    },
  };
}

/** Drops what this process cached of its configuration, database, provider and mailer. */
export function resetProcessState() {
  const state = globalThis as Record<string, unknown>;
  for (const key of ["__ninkaConfig", "__ninkaDb", "__ninkaProvider", "__ninkaMailer"]) delete state[key];
}
