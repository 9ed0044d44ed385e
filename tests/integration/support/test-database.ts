import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

// A fresh, empty database for one test file: a temporary SQLite directory, or a uniquely named
// PostgreSQL database created now and dropped by `drop()`. Which one: NINKA_TEST_DB (set per
// Vitest project). PostgreSQL: NINKA_TEST_POSTGRES_URL, default the local server (trust auth).
export type TestDatabase = { kind: "sqlite" | "postgresql"; env: Record<string, string>; drop(): Promise<void> };

const adminUrl = process.env.NINKA_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function testDatabaseKind(): "sqlite" | "postgresql" {
  return process.env.NINKA_TEST_DB === "postgresql" ? "postgresql" : "sqlite";
}

export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "ninka-test-"));
  const base = { NINKA_DATA_DIR: dataDir, NINKA_SECRET: randomBytes(32).toString("base64url") };
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === "sqlite") {
    return { kind, env: base, drop: async () => removeDir() };
  }
  const name = `ninka_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { ...base, DATABASE_URL: url.toString() },
    drop: async () => {
      removeDir();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
