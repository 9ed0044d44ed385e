import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb, getDb } from "@/lib/kernel/db/client";
import type { ProvidedServer } from "./global-setup";
import type { RunningServer } from "./start-server";
import { testDatabaseKind, type TestDatabase } from "./test-database";
import { resetProcessState } from "./use-test-database";

export type TestServer = Pick<RunningServer, "url" | "port" | "logs">;

const asTestServer = (server: ProvidedServer): TestServer => ({
  url: server.url,
  port: server.port,
  logs: () => readFileSync(server.logFile, "utf8"),
});

/**
 * Points this file's in-process lib/ code at the database of a server a global setup started, for
 * the file's tests; `prepare` runs first (on that database).
 */
function attach(server: ProvidedServer, prepare?: () => Promise<unknown>) {
  beforeAll(async () => {
    resetProcessState();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, server.env);
    await prepare?.();
  });
  afterAll(async () => {
    await disconnectDb();
    resetProcessState();
  });
  return { current: (): Pick<TestDatabase, "env" | "kind"> => ({ env: server.env, kind: testDatabaseKind() }) };
}

/**
 * The run's shared Ninka process for this project's database (started by global-setup.ts), a
 * second process on the same database (for what must hold across processes), and this file's
 * in-process lib/ code pointed at that database. For files that need a server with the default
 * configuration and no more, but for trusting X-Forwarded-For (a file may give its requests an
 * address of their own, apart from the per-IP throttles every other file shares): such a file
 * makes its own data and only counts or lists what is its own (other files write to the same
 * database meanwhile), changes no instance setting, and never stops or signals a server. A file
 * that changes instance settings or counts across the instance uses `useInstanceServer` (below);
 * one that needs anything else starts its own server (start-server.ts) on a database of its own
 * (use-test-database.ts).
 */
export function useServer() {
  const shared = inject("sharedServer");
  return { ...attach(shared), server: () => asTestServer(shared), second: () => asTestServer(shared.second) };
}

/**
 * The instance server of this project's database (global-setup-instance.ts) and this file's
 * in-process lib/ code pointed at its database. Files that use it run in the projects
 * `integration-*-instance`, one at a time (vitest.config.ts), so a file may change instance
 * settings and count rows across the instance; each starts with every setting at its default (no
 * row is the default) and makes its own data. It never stops or signals the server.
 */
export function useInstanceServer() {
  const instance = inject("instanceServer");
  return { ...attach(instance, () => getDb().instanceSetting.deleteMany()), server: () => asTestServer(instance) };
}
