import { readFileSync } from "node:fs";
import type { TestDatabase } from "../../tests/integration/support/test-database";
import { startChildServer } from "./child-server";
import type { DatabaseKind } from "./options";
import { createAccount, seedNinka } from "./seed";
import type { Target } from "./target";

// Ninka's production build (server.ts, NODE_ENV=production) on a fresh database: a temporary SQLite
// directory, or a new PostgreSQL database (dropped afterwards) on the server BENCH_DATABASE_URL
// points at (its role must be allowed to create databases), by default the local one.
async function database(kind: DatabaseKind): Promise<TestDatabase> {
  // test-database.ts reads its server URL when first imported, hence the late import.
  if (process.env.BENCH_DATABASE_URL) process.env.NINKA_TEST_POSTGRES_URL = process.env.BENCH_DATABASE_URL;
  const { createTestDatabase } = await import("../../tests/integration/support/test-database");
  return createTestDatabase(kind);
}

// The settings package.json's "start" script gives the server (README.md "Memory"), read from it so
// that the benchmark measures what users run and cannot drift from it.
function startEnv(): Record<string, string> {
  const start = (
    JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: { start: string } }
  ).scripts.start;
  const nodeOptions = /NODE_OPTIONS="([^"$]*?)\s*\$NODE_OPTIONS"/.exec(start)?.[1];
  const arenas = /MALLOC_ARENA_MAX=\$\{MALLOC_ARENA_MAX:-(\d+)\}/.exec(start)?.[1];
  if (!nodeOptions || !arenas)
    throw new Error(`bench: cannot read NODE_OPTIONS and MALLOC_ARENA_MAX from package.json's start script: ${start}`);
  return { NODE_OPTIONS: nodeOptions, MALLOC_ARENA_MAX: arenas };
}

export async function startNinkaTarget(kind: DatabaseKind, apps: number, usage = true): Promise<Target> {
  const db = await database(kind);
  try {
    // server.ts applies the migrations at start; the CLI then finds the schema ready.
    // The developer owns `apps` apps: an operator raises the per-user cap (100 by default) for that.
    const env = {
      ...db.env,
      ...startEnv(),
      NINKA_MAX_APPS_PER_USER: String(Math.max(100, apps)),
      ...(!usage && { NINKA_USAGE_RECORDING: "0" }),
    };
    const server = await startChildServer("server.ts", env, "/healthz");
    try {
      const fixtures = await seedNinka(server.url, db.env, apps);
      return {
        kind: "ninka",
        label: `Ninka, ${kind === "sqlite" ? "SQLite" : "PostgreSQL"}${usage ? "" : ", usage off"}`,
        database: kind,
        server,
        issuer: `${server.url}/oauth`,
        ...fixtures,
        createAccount: () => createAccount(db.env),
        async close() {
          await server.stop();
          await db.drop();
        },
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  } catch (error) {
    await db.drop();
    throw error;
  }
}
