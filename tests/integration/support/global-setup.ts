import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./start-server";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's shared Ninka process for this project's database (use-shared-server.ts). */
    sharedServer: { url: string; port: number; env: Record<string, string>; logFile: string };
  }
}

// Server processes in these tests serve the production build: make sure it exists and is current.
// Then one Ninka process per database for the whole run, on a database of its own, shared by the
// test files that need nothing of a server but a database and a URL (use-server.ts): their server
// starts were all the same start, paid once per file. (On SQLite, several processes writing one
// file is what Prisma's IMMEDIATE transactions make safe: lib/kernel/db/client.ts.)
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const database = await createTestDatabase(
    project.config.env?.NINKA_TEST_DB === "postgresql" ? "postgresql" : "sqlite",
  );
  // The server's output goes to a file too, for tests that check what it logged (workers are
  // other processes).
  const logFile = join(database.env.NINKA_DATA_DIR!, "server.log");
  // Behind a proxy as far as client addresses go (as the e2e server is): a file whose requests must
  // not share the per-IP sign-in throttle with the others gives them an X-Forwarded-For of its own.
  const server = await startServer({ ...database.env, NINKA_TRUST_PROXY: "1" }, { logFile });
  project.provide("sharedServer", { url: server.url, port: server.port, env: database.env, logFile });
  return async () => {
    await server.stop();
    await database.drop();
  };
}
