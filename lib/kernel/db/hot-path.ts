import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { metrics } from "@/lib/kernel/metrics/registry";
import { getDatabaseTarget, getDb, getPgPool } from "./client";
import { postgresqlStatements } from "./hot-path/postgresql-statements";
import { openSqliteStatements } from "./hot-path/sqlite-statements";
import type { AccountClaimsRow, HotPathStatements, PayloadKey, PayloadRow, StoredPayload } from "./hot-path/statements";

// The one exception to "Prisma for every query" (ARCHITECTURE.md "Data"): the OAuth endpoints'
// per-request statements — the clients' cache version; finding, storing and consuming oidc-provider
// payloads; the account's claims; one instance setting — as prepared statements on the same driver
// Prisma uses (better-sqlite3; pg, on Prisma's own pool), since Prisma's per-query runtime cost was
// most of a token request (bench/README.md). The SQL is the SQL Prisma runs for the same calls, in
// Prisma's storage formats, one table per dialect (hot-path/); Prisma still owns the schema and
// migrations. Only the modules eslint.config.mjs names may import this one. Covered on both
// databases by tests/integration/payload-adapter.test.ts and hot-path.test.ts.
const store = globalThis as unknown as { __ninkaHotPath?: HotPathStatements };

function statements(): HotPathStatements {
  if (store.__ninkaHotPath) return store.__ninkaHotPath;
  const target = getDatabaseTarget();
  if (target.kind === "postgresql") return (store.__ninkaHotPath = postgresqlStatements(getPgPool));
  getDb(); // creates the data directory and file with their permissions first
  return (store.__ninkaHotPath = openSqliteStatements(target.file));
}

// SQLite has one write lock per file. The hot path's connection never busy-waits (that would block
// the event loop, and a Prisma transaction of this same process holding the lock across an await
// could then never commit): a locked write is retried after a pause, up to the same 5 s Prisma
// waits (lib/kernel/db/client.ts). PostgreSQL locks rows and never answers SQLITE_BUSY.
const BUSY_DEADLINE_MS = 5_000;
const isBusy = (error: unknown) => (error as { code?: string } | null)?.code === "SQLITE_BUSY";

/** Runs one statement, its latency in /metrics beside Prisma's queries (lib/kernel/metrics/registry.ts). */
async function timed<T>(run: (on: HotPathStatements) => T | Promise<T>): Promise<T> {
  const on = statements();
  const started = performance.now();
  try {
    for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
      try {
        return await run(on);
      } catch (error) {
        if (!isBusy(error) || performance.now() - started > BUSY_DEADLINE_MS) throw error;
        await sleep(pause);
      }
    }
  } finally {
    metrics().dbQueries.observe({ via: "hot_path" }, (performance.now() - started) / 1000);
  }
}

/** The clients' cache version (lib/portal/clients/provider-client-cache.ts); -1 when its row is missing. */
export async function readClientsVersion(): Promise<number> {
  return (await timed((on) => on.readClientsVersion())) ?? -1;
}

export async function upsertPayload(row: PayloadRow): Promise<void> {
  await timed((on) => on.upsertPayload(row));
}

/** The unexpired payload of `model` by `key` and when it was consumed (epoch seconds), if stored. */
export async function findPayload(model: string, key: PayloadKey, value: string): Promise<StoredPayload | undefined> {
  const now = new Date();
  return timed((on) => on.findPayload(model, key, value, now));
}

/** Marks (model, id) consumed now, once: a second call leaves the first time (RFC 6749 §4.1.2). */
export async function consumePayload(model: string, id: string): Promise<void> {
  const now = new Date();
  await timed((on) => on.consumePayload(model, id, now));
}

/** An enabled account's claims for ID tokens and userinfo (lib/provider/oidc/find-account.ts). */
export async function findAccountClaims(id: string): Promise<AccountClaimsRow | undefined> {
  return timed((on) => on.findAccountClaims(id));
}

/** One instance setting's stored text, or null (lib/accounts/settings/read-setting.ts parses it). */
export async function readSettingValue(name: string): Promise<string | null> {
  return timed((on) => on.readSettingValue(name));
}
