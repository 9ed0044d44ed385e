import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./start-server";
import { createTestDatabase } from "./test-database";

/** A Ninka process a global setup started, as test files see it (use-server.ts). */
export type ProvidedServer = { url: string; port: number; env: Record<string, string>; logFile: string };

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's shared Ninka process for this project's database, and a second on the same one. */
    sharedServer: ProvidedServer & { second: ProvidedServer };
    /** The instance server of an `integration-*-instance` project (global-setup-instance.ts). */
    instanceServer: ProvidedServer;
  }
}

/**
 * Makes sure the production build the test servers serve exists and is current, then starts
 * `count` Ninka processes on one fresh database of the project's kind, each logging to a file too
 * (for tests that check what it logged: workers are other processes). Returns them and how to
 * stop them and drop the database.
 */
export async function startProjectServers(project: TestProject, count: number, env: Record<string, string> = {}) {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const database = await createTestDatabase(
    project.config.env?.NINKA_TEST_DB === "postgresql" ? "postgresql" : "sqlite",
  );
  const servers = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const logFile = join(database.env.NINKA_DATA_DIR!, `server-${i}.log`);
      const server = await startServer({ ...database.env, ...env }, { logFile });
      return { server, provided: { url: server.url, port: server.port, env: database.env, logFile } };
    }),
  );
  return {
    provided: servers.map((s) => s.provided),
    async teardown() {
      await Promise.all(servers.map((s) => s.server.stop()));
      await database.drop();
    },
  };
}

// One Ninka process per database for the whole run, on a database of its own, shared by the test
// files that need nothing of a server but a database and a URL (use-server.ts): their server
// starts were all the same start, paid once per file. A second process on the same database
// serves the files that check what holds across processes. (On SQLite, several processes writing
// one file is what Prisma's IMMEDIATE transactions make safe: lib/kernel/db/client.ts.) Both trust
// X-Forwarded-For, as the e2e server does: a file whose requests must not share the per-IP sign-in
// throttle with the others gives them an address of its own.
export default async function setup(project: TestProject) {
  const { provided, teardown } = await startProjectServers(project, 2, { NINKA_TRUST_PROXY: "1" });
  project.provide("sharedServer", { ...provided[0]!, second: provided[1]! });
  return teardown;
}
