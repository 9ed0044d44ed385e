import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/kernel/db/client";
import { startServer, type RunningServer } from "./start-server";
import { testDatabaseKind, type TestDatabase } from "./test-database";
import { resetProcessState, useTestDatabase } from "./use-test-database";

export type TestServer = Pick<RunningServer, "url" | "port" | "logs">;

/**
 * A Ninka process with the default configuration for this file's HTTP tests, and this file's
 * in-process lib/ code pointed at its database. On PostgreSQL it is the run's shared process
 * (global-setup.ts): such a file must make its own data and only count or list what is its own
 * (other files write to the same database meanwhile), change no instance setting, and never stop
 * or signal the server. On SQLite each file still gets a database and a process of its own: files
 * writing to one SQLite database from several processes wait on each other's write lock, and on a
 * loaded two-core machine those waits outlast Prisma's transaction timeout.
 * A file that needs another configuration starts its own (start-server.ts, use-test-database.ts).
 */
export function useServer(): { current: () => Pick<TestDatabase, "env" | "kind">; server: () => TestServer } {
  if (testDatabaseKind() === "sqlite") return useOwnServer();
  const shared = inject("sharedServer");
  if (!shared) throw new Error("useServer: global-setup.ts started no shared server for PostgreSQL");
  beforeAll(() => {
    resetProcessState();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, shared.env);
  });
  afterAll(async () => {
    await disconnectDb();
    resetProcessState();
  });
  return {
    current: () => ({ env: shared.env, kind: "postgresql" }),
    server: () => ({ url: shared.url, port: shared.port, logs: () => readFileSync(shared.logFile, "utf8") }),
  };
}

function useOwnServer() {
  const database = useTestDatabase();
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer(database.current().env);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    current: database.current,
    server: () => {
      if (!server) throw new Error("useServer: server not started (use inside tests)");
      return server;
    },
  };
}
