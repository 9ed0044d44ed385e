import "server-only";
import { resolve } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getConfig } from "@/lib/kernel/config/get-config";
import { describeError, log } from "@/lib/kernel/log";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { metrics, setPoolStatsSource } from "@/lib/kernel/metrics/registry";
import { prepareSqliteFiles, SQLITE_PRAGMAS } from "./sqlite-setup";

// Both generated clients have the same models and methods (the schemas differ only in provider),
// so the SQLite client's type stands for either.
export type Db = SqliteClient;
export type DatabaseKind = "sqlite" | "postgresql";

export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "postgresql"; url: string };

/**
 * Prisma's SQLite adapter, with Ninka's durability settings on the connection it opens, and its
 * transactions begun IMMEDIATE: the write lock is taken at BEGIN (waiting out another process's
 * through the busy timeout) rather than at the first write, when a snapshot read since another
 * process's commit can no longer write (SQLITE_BUSY_SNAPSHOT, which no timeout waits out).
 * The adapter issues a bare "BEGIN" on its better-sqlite3 connection (ARCHITECTURE.md "Data";
 * tests/integration/sqlite-transactions-take-the-write-lock.test.ts).
 */
class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const { client } = adapter as unknown as { client: { prepare: (sql: string) => unknown } };
    const prepare = client.prepare.bind(client);
    client.prepare = (sql) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

const store = globalThis as unknown as { __ninkaDb?: Db; __ninkaPgPool?: pg.Pool };

export function getDatabaseTarget(): DatabaseTarget {
  const config = getConfig();
  if (config.DATABASE_URL) return { kind: "postgresql", url: config.DATABASE_URL };
  return { kind: "sqlite", file: resolve(config.NINKA_DATA_DIR, "ninka.db") };
}

/** The process-wide Prisma client, created on first use (never at import: `next build` imports). */
export function getDb(): Db {
  if (store.__ninkaDb) return store.__ninkaDb;
  const target = getDatabaseTarget();
  if (target.kind === "postgresql") {
    // Prisma's pool, shared with the token endpoint's prepared statements (lib/kernel/db/hot-path.ts).
    store.__ninkaPgPool = new pg.Pool({ connectionString: target.url });
    // An idle connection the server ends (restart, failover, DROP DATABASE … WITH (FORCE) in the
    // tests) makes the pool emit "error"; unheard, that is an uncaught exception that ends the
    // process. The pool replaces the connection; say so and carry on.
    store.__ninkaPgPool.on("error", (error) =>
      log.warn("an idle PostgreSQL connection ended; the pool opens another when needed", {
        error: describeError(error),
      }),
    );
    const pool = store.__ninkaPgPool;
    setPoolStatsSource(() => ({
      kind: "postgresql",
      max: pool.options.max ?? 10,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }));
    const adapter = new PrismaPg(store.__ninkaPgPool);
    store.__ninkaDb = timed(new PostgresClient({ adapter, log: QUERY_EVENTS })) as unknown as Db;
  } else {
    prepareSqliteFiles(target.file);
    // busy timeout: wait for another process's write lock instead of failing at once.
    const adapter = new SqliteAdapterFactory({ url: `file:${target.file}`, timeout: 5000 });
    // One embedded connection (queries queue in-process): no idle or waiting count to report.
    setPoolStatsSource(() => ({ kind: "sqlite", max: 1, total: 1 }));
    store.__ninkaDb = timed(new SqliteClient({ adapter, log: QUERY_EVENTS })) as unknown as Db;
  }
  return store.__ninkaDb;
}

/** The pg pool Prisma uses (PostgreSQL only). */
export function getPgPool(): pg.Pool {
  getDb();
  if (!store.__ninkaPgPool) throw new Error("not a PostgreSQL target");
  return store.__ninkaPgPool;
}

// Query latency for /metrics, from Prisma's query events (no query text is kept).
const QUERY_EVENTS = [{ emit: "event", level: "query" }] as [{ emit: "event"; level: "query" }];
function timed<C extends { $on(event: "query", listener: (e: { duration: number }) => void): void }>(client: C): C {
  client.$on("query", (event) => metrics().dbQueries.observe({ via: "prisma" }, event.duration / 1000));
  return client;
}

export async function disconnectDb(): Promise<void> {
  const db = store.__ninkaDb;
  const pool = store.__ninkaPgPool;
  store.__ninkaDb = undefined;
  store.__ninkaPgPool = undefined;
  setPoolStatsSource(() => null);
  // The hot path's statements (lib/kernel/db/hot-path.ts): its SQLite connection closes with Prisma's.
  const hotPath = globalThis as { __ninkaHotPath?: { close(): void } };
  hotPath.__ninkaHotPath?.close();
  delete hotPath.__ninkaHotPath;
  await db?.$disconnect();
  await pool?.end().catch(() => undefined);
}
