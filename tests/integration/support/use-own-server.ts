import { afterAll, beforeAll } from "vitest";
import { startServer, type RunningServer } from "./start-server";
import type { TestDatabase } from "./test-database";
import { useTestDatabase } from "./use-test-database";

/**
 * A database of this file's own (use-test-database.ts) and one Ninka process on it for the whole
 * file, stopped after its tests: for a file that changes instance settings or otherwise cannot
 * share the run's server (ARCHITECTURE.md "Tests and CI"). `extraEnv`, run before the server starts,
 * adds to its environment (e.g. the address of a listener the test started first).
 */
export function useOwnServer(extraEnv: () => Promise<Record<string, string>> = async () => ({})): {
  database: { current: () => TestDatabase };
  server: () => RunningServer;
} {
  const database = useTestDatabase();
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startServer({ ...database.current().env, ...(await extraEnv()) });
  });
  afterAll(async () => {
    await running?.stop();
  });
  return {
    database,
    server: () => {
      if (!running) throw new Error("useOwnServer: server not started (use inside tests)");
      return running;
    },
  };
}
