import "server-only";
import { randomUUID } from "node:crypto";
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/kernel/db/client";
import { prepareSqliteFiles, SQLITE_NEW_FILE_PRAGMAS, SQLITE_PRAGMAS } from "@/lib/kernel/db/sqlite-setup";
import type { AppliedMigration } from "./plan-migrations";
import type { LocalMigration } from "./read-migrations";

// The migration runner talks to the database through the driver, not Prisma: migration files hold
// many statements, which Prisma's raw queries do not run. Each `step` is one transaction that holds
// the database's write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so processes
// starting together apply each migration once.
type MigrationStep<T> = (tx: {
  readApplied(): Promise<AppliedMigration[]>;
  apply(migration: LocalMigration): Promise<void>;
}) => Promise<T>;

export interface MigrationDriver {
  step<T>(fn: MigrationStep<T>): Promise<T>;
  close(): Promise<void>;
}

// Prisma's own definition of the table, so `prisma migrate deploy` sees the same state.
const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL,
    "checksum" TEXT NOT NULL,
    "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL,
    "logs" TEXT,
    "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const SELECT_APPLIED = `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`;

// Arbitrary constant shared by every Ninka process: the key of the migration advisory lock.
const POSTGRES_LOCK_KEY = 7_262_011;

export function openMigrationDriver(target: DatabaseTarget): MigrationDriver {
  return target.kind === "sqlite" ? sqliteDriver(target.file) : postgresDriver(target.url);
}

function sqliteDriver(file: string): MigrationDriver {
  prepareSqliteFiles(file);
  const db = new Database(file, { timeout: 15_000 });
  const empty = !db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1`).get();
  if (empty) db.exec(SQLITE_NEW_FILE_PRAGMAS); // before WAL and the first table
  db.exec(SQLITE_PRAGMAS);
  // Foreign keys off while migrating, as SQLite's procedure for rebuilding a table asks ("Making Other
  // Kinds Of Table Schema Changes"): dropping the old table then cascades nothing to the tables that
  // refer to it. The pragma is a no-op inside a transaction, so it is set here, on this connection
  // only; each migration's references are checked before it commits (below).
  db.pragma("foreign_keys = OFF");
  // SQLite has no SHA-256; migrations that hash stored values (hashed token ids) call this one,
  // which matches PostgreSQL's encode(sha256(convert_to(x, 'UTF8')), 'hex').
  db.function("ninka_sha256_hex", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? createHash("sha256").update(value, "utf8").digest("hex") : null,
  );
  return {
    async step(fn) {
      db.exec("BEGIN IMMEDIATE");
      try {
        db.exec(SQLITE_TABLE);
        const result = await fn({
          readApplied: async () => db.prepare(SELECT_APPLIED).all() as AppliedMigration[],
          apply: async (migration) => {
            const startedAt = Date.now();
            db.exec(migration.sql);
            const broken = db.pragma("foreign_key_check") as { table: string; parent: string }[];
            if (broken.length) {
              const [first] = broken;
              throw new Error(
                `Migration ${migration.name} leaves ${broken.length} row(s) whose foreign key finds no row (${first!.table} → ${first!.parent})`,
              );
            }
            db.prepare(
              `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
            ).run(randomUUID(), migration.checksum, Date.now(), migration.name, startedAt);
          },
        });
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    async close() {
      db.close();
    },
  };
}

function postgresDriver(url: string): MigrationDriver {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  return {
    async step(fn) {
      await connected;
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [POSTGRES_LOCK_KEY]);
        await client.query(POSTGRES_TABLE);
        const result = await fn({
          readApplied: async () => (await client.query<AppliedMigration>(SELECT_APPLIED)).rows,
          apply: async (migration) => {
            const startedAt = new Date();
            await client.query(migration.sql);
            await client.query(
              `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
              [randomUUID(), migration.checksum, migration.name, startedAt],
            );
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    async close() {
      await connected.catch(() => undefined);
      await client.end();
    },
  };
}
