import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/kernel/db/client";
import type { RunningServer } from "./start-server";
import { testDatabaseKind, type TestDatabase } from "./test-database";
import { resetProcessState } from "./use-test-database";

export type TestServer = Pick<RunningServer, "url" | "port" | "logs">;

/**
 * The run's shared Ninka process for this project's database (started by global-setup.ts), and
 * this file's in-process lib/ code pointed at the same database. For files that need a server with
 * the default configuration and no more, but for trusting X-Forwarded-For (a file may give its
 * requests an address of their own, apart from the per-IP throttles every other file shares): such
 * a file makes its own data and only counts or lists what is its own (other files write to the
 * same database meanwhile), changes no instance setting, and never stops or signals the server. A
 * file that needs anything else starts its own server (start-server.ts) on a database of its own
 * (use-test-database.ts).
 */
export function useServer(): { current: () => Pick<TestDatabase, "env" | "kind">; server: () => TestServer } {
  const shared = inject("sharedServer");
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
    current: () => ({ env: shared.env, kind: testDatabaseKind() }),
    server: () => ({ url: shared.url, port: shared.port, logs: () => readFileSync(shared.logFile, "utf8") }),
  };
}
