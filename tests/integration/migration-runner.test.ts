import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseTarget } from "@/lib/kernel/db/client";
import { applyMigrations } from "@/lib/kernel/db/migrations/apply-migrations";
import { MigrationError } from "@/lib/kernel/db/migrations/plan-migrations";
import { migrationsDir, readMigrations } from "@/lib/kernel/db/migrations/read-migrations";
import { runToExit } from "./support/start-server";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

// The migration runner against a real, fresh database of this run's kind.
let databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  databases = [];
});

async function freshTarget(): Promise<DatabaseTarget> {
  const db = await createTestDatabase();
  databases.push(db);
  return db.env.DATABASE_URL
    ? { kind: "postgresql", url: db.env.DATABASE_URL }
    : { kind: "sqlite", file: join(db.env.NINKA_DATA_DIR!, "ninka.db") };
}

async function query(target: DatabaseTarget, sql: string): Promise<Record<string, unknown>[]> {
  if (target.kind === "sqlite") {
    const db = new Database(target.file, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function execute(target: DatabaseTarget, sql: string): Promise<void> {
  if (target.kind === "sqlite") {
    const db = new Database(target.file);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("migration runner", () => {
  it("hashed token ids: existing plaintext token rows are stored under their digest, jti removed", async () => {
    const target = await freshTarget();
    const dir = mkdtempSync(join(tmpdir(), "ninka-migrations-"));
    cpSync(migrationsDir(target.kind), dir, { recursive: true });
    const later = readMigrations(dir).filter((m) => m.name >= "20261128143000");
    for (const m of later) rmSync(join(dir, m.name), { recursive: true });
    await applyMigrations(target, dir);
    const token = "plaintext-access-token-0123456789abcdefghij";
    await execute(
      target,
      `INSERT INTO "OidcPayload" ("model", "id", "payload") VALUES ('AccessToken', '${token}', '{"jti":"${token}","kind":"AccessToken"}'), ('Grant', 'grant-1', '{"jti":"grant-1"}')`,
    );
    await applyMigrations(target);
    const rows = await query(target, `SELECT "model", "id", "payload" FROM "OidcPayload" ORDER BY "model"`);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]).toMatchObject({ model: "AccessToken", id: createHash("sha256").update(token).digest("hex") });
    const payload = rows[0]!.payload; // text on SQLite, parsed JSONB on PostgreSQL
    expect(typeof payload === "string" ? JSON.parse(payload) : payload).toEqual({ kind: "AccessToken" });
    expect(rows[1]).toMatchObject({ model: "Grant", id: "grant-1" }); // grants keep their ids
  });

  it("signing key states: the keys made before become their algorithms' active keys; cookie keys get no state", async () => {
    const target = await freshTarget();
    const dir = mkdtempSync(join(tmpdir(), "ninka-migrations-"));
    cpSync(migrationsDir(target.kind), dir, { recursive: true });
    for (const m of readMigrations(dir).filter((m) => m.name >= "20261206225337"))
      rmSync(join(dir, m.name), { recursive: true });
    await applyMigrations(target, dir);
    await execute(
      target,
      `INSERT INTO "OidcKey" ("id", "kind", "kid", "secretJwe") VALUES ('signing:ES256', 'signing', 'es', 'sealed'), ('signing:RS256', 'signing', 'rs', 'sealed'), ('cookie:1', 'cookie', NULL, 'sealed')`,
    );
    await applyMigrations(target);
    const rows = await query(
      target,
      `SELECT "id", "alg", "state", "activatedAt" IS NOT NULL AS "activated" FROM "OidcKey" ORDER BY "id"`,
    );
    expect(rows.map((row) => ({ ...row, activated: Boolean(row.activated) }))).toEqual([
      { id: "cookie:1", alg: null, state: null, activated: false },
      { id: "signing:ES256", alg: "ES256", state: "active", activated: true },
      { id: "signing:RS256", alg: "RS256", state: "active", activated: true },
    ]);
  });

  it("ownerless clients: Client.ownerId nullable, every row, child row, index and trigger kept (SQLite rebuilds the table)", async () => {
    const target = await freshTarget();
    const dir = mkdtempSync(join(tmpdir(), "ninka-migrations-"));
    cpSync(migrationsDir(target.kind), dir, { recursive: true });
    for (const m of readMigrations(dir).filter((m) => m.name >= "20261206185134"))
      rmSync(join(dir, m.name), { recursive: true });
    await applyMigrations(target, dir);
    const indexesBefore = await indexNames(target, "Client");
    await execute(
      target,
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'owner@example.com', 'Owner', 'x', CURRENT_TIMESTAMP);
       INSERT INTO "Client" ("id", "ownerId", "applicationType", "name", "redirectUris", "postLogoutRedirectUris", "grantTypes", "scope", "tokenEndpointAuthMethod", "registeredVia")
         VALUES ('c1', 'u1', 'web', 'Kept', '["https://kept.example/cb"]', '[]', '["authorization_code"]', 'openid', 'client_secret_basic', 'token');
       INSERT INTO "ClientSecret" ("id", "clientId", "digest", "hint") VALUES ('s1', 'c1', '${"0".repeat(64)}', 'abcd');
       INSERT INTO "ClientReview" ("clientId", "status", "updatedAt") VALUES ('c1', 'testing', CURRENT_TIMESTAMP);`,
    );
    const version = async () =>
      Number((await query(target, `SELECT "version" FROM "CacheVersion" WHERE "name" = 'clients'`))[0]!.version);
    const before = await version();
    await applyMigrations(target);
    expect(await query(target, `SELECT "id", "ownerId", "name", "registeredVia" FROM "Client"`)).toEqual([
      { id: "c1", ownerId: "u1", name: "Kept", registeredVia: "token" },
    ]);
    expect(await query(target, `SELECT "id" FROM "ClientSecret"`)).toEqual([{ id: "s1" }]);
    expect(await query(target, `SELECT "clientId" FROM "ClientReview"`)).toEqual([{ clientId: "c1" }]);
    // This migration's index, and the teams migration's after it.
    expect(await indexNames(target, "Client")).toEqual(
      [...indexesBefore, "Client_registeredVia_createdAt_idx", "Client_teamId_createdAt_idx"].sort(),
    );
    // An app without an owner; the cache triggers still fire; the cascades still hold.
    await execute(
      target,
      `INSERT INTO "Client" ("id", "applicationType", "name", "redirectUris", "postLogoutRedirectUris", "grantTypes", "scope", "tokenEndpointAuthMethod", "registeredVia")
         VALUES ('c2', 'spa', 'Nobody''s', '["https://open.example/cb"]', '[]', '["authorization_code"]', 'openid', 'none', 'open');`,
    );
    expect(await version()).toBeGreaterThan(before);
    const fkOn = target.kind === "sqlite" ? "PRAGMA foreign_keys = ON; " : "";
    await execute(target, `${fkOn}DELETE FROM "Client" WHERE "id" = 'c1'`);
    expect(await query(target, `SELECT "id" FROM "ClientSecret"`)).toEqual([]);
    expect(await query(target, `SELECT "clientId" FROM "ClientReview"`)).toEqual([]);
    await expect(
      execute(
        target,
        `${fkOn}INSERT INTO "ClientSecret" ("id", "clientId", "digest", "hint") VALUES ('s2', 'missing', '${"1".repeat(64)}', 'abcd')`,
      ),
    ).rejects.toThrow(/foreign key/i);
  });

  it("teams: Api.ownerId nullable, every API, scope, approval and index kept (SQLite rebuilds the table)", async () => {
    const target = await freshTarget();
    const dir = mkdtempSync(join(tmpdir(), "ninka-migrations-"));
    cpSync(migrationsDir(target.kind), dir, { recursive: true });
    for (const m of readMigrations(dir).filter((m) => m.name >= "20261207011808"))
      rmSync(join(dir, m.name), { recursive: true });
    await applyMigrations(target, dir);
    const indexesBefore = await indexNames(target, "Api");
    await execute(
      target,
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'owner@example.com', 'Owner', 'x', CURRENT_TIMESTAMP);
       INSERT INTO "Api" ("id", "ownerId", "name", "identifier", "description", "accessTokenTtl", "signingAlg") VALUES ('a1', 'u1', 'Kept', 'https://kept.example/api', '', 600, 'ES256');
       INSERT INTO "ApiScope" ("value", "apiId", "description", "position") VALUES ('kept.read', 'a1', 'Read', 0);
       INSERT INTO "Client" ("id", "ownerId", "applicationType", "name", "redirectUris", "postLogoutRedirectUris", "grantTypes", "scope", "tokenEndpointAuthMethod")
         VALUES ('c1', 'u1', 'm2m', 'Worker', '[]', '[]', '["client_credentials"]', 'kept.read', 'client_secret_basic');
       INSERT INTO "ApiClientApproval" ("clientId", "scope") VALUES ('c1', 'kept.read');`,
    );
    await applyMigrations(target);
    expect(await query(target, `SELECT "id", "ownerId", "teamId", "identifier" FROM "Api"`)).toEqual([
      { id: "a1", ownerId: "u1", teamId: null, identifier: "https://kept.example/api" },
    ]);
    expect(await query(target, `SELECT "value", "apiId" FROM "ApiScope"`)).toEqual([
      { value: "kept.read", apiId: "a1" },
    ]);
    expect(await query(target, `SELECT "clientId", "scope" FROM "ApiClientApproval"`)).toEqual([
      { clientId: "c1", scope: "kept.read" },
    ]);
    expect(await indexNames(target, "Api")).toEqual([...indexesBefore, "Api_teamId_createdAt_idx"].sort());
    // A team's API (no owner); a team that owns one cannot be deleted; deleting the API takes its scopes.
    const fkOn = target.kind === "sqlite" ? "PRAGMA foreign_keys = ON; " : "";
    await execute(
      target,
      `INSERT INTO "Team" ("id", "name", "slug") VALUES ('t1', 'Team', 'team');
       INSERT INTO "Api" ("id", "teamId", "name", "identifier", "description", "accessTokenTtl", "signingAlg") VALUES ('a2', 't1', 'Theirs', 'https://team.example/api', '', 600, 'ES256');`,
    );
    await expect(execute(target, `${fkOn}DELETE FROM "Team" WHERE "id" = 't1'`)).rejects.toThrow(/foreign key/i);
    await execute(target, `${fkOn}DELETE FROM "Api" WHERE "id" = 'a1'`);
    expect(await query(target, `SELECT "value" FROM "ApiScope"`)).toEqual([]);
  });

  it("applies every migration to a fresh database, recording Prisma's checksums, and nothing on a re-run", async () => {
    const target = await freshTarget();
    const local = readMigrations(migrationsDir(target.kind));
    expect(await applyMigrations(target)).toEqual(local.map((m) => m.name));
    const rows = await query(
      target,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(local.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at != null && Number(r.applied_steps_count) === 1)).toBe(true);
    expect(await applyMigrations(target)).toEqual([]);
  });

  it("applies each migration once when processes start together (npm run db:migrate ×3)", async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const target = db.env.DATABASE_URL
      ? ({ kind: "postgresql", url: db.env.DATABASE_URL } as const)
      : ({ kind: "sqlite", file: join(db.env.NINKA_DATA_DIR!, "ninka.db") } as const);
    const runs = await Promise.all([1, 2, 3].map(() => runToExit(["bin/ninka.mjs", "migrate"], db.env)));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const local = readMigrations(migrationsDir(target.kind));
    const applied = runs.flatMap((r) => [...r.output.matchAll(/Applied migration ([\w-]+)/g)].map((m) => m[1]));
    expect(applied.sort()).toEqual(local.map((m) => m.name).sort());
    const rows = await query(target, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(local.length);
  });

  it("refuses an applied migration whose file changed, naming it", async () => {
    const target = await freshTarget();
    const dir = mkdtempSync(join(tmpdir(), "ninka-migrations-"));
    cpSync(migrationsDir(target.kind), dir, { recursive: true });
    await applyMigrations(target, dir);
    const [first] = readMigrations(dir);
    const file = join(dir, first!.name, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- an innocent-looking edit\n`);
    const attempt = applyMigrations(target, dir);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(applyMigrations(target, dir)).rejects.toThrow(
      new RegExp(`${first!.name} was modified after it was applied`),
    );
  });

  it("rolls back a failing migration completely", async () => {
    const target = await freshTarget();
    const dir = mkdtempSync(join(tmpdir(), "ninka-migrations-"));
    cpSync(migrationsDir(target.kind), dir, { recursive: true });
    const broken = join(dir, "99999999999999_broken");
    cpSync(join(dir, readMigrations(dir)[0]!.name), broken, { recursive: true });
    writeFileSync(join(broken, "migration.sql"), `CREATE TABLE "Half" ("id" TEXT);\nTHIS IS NOT SQL;\n`);
    await expect(applyMigrations(target, dir)).rejects.toThrow();
    const tables = await tableNames(target);
    expect(tables).not.toContain("Half");
    const rows = await query(target, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).not.toContain("99999999999999_broken");
  });

  it("creates exactly the tables and columns of prisma/schema.prisma (no drift)", async () => {
    const target = await freshTarget();
    await applyMigrations(target);
    const expected = schemaColumns(readFileSync("prisma/schema.prisma", "utf8"));
    const actual: Record<string, string[]> = {};
    for (const table of await tableNames(target)) {
      if (table === "_prisma_migrations") continue;
      const columns =
        target.kind === "sqlite"
          ? await query(target, `SELECT name FROM pragma_table_info('${table}')`)
          : await query(
              target,
              `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}'`,
            );
      actual[table] = columns.map((c) => String(c.name)).sort();
    }
    expect(actual).toEqual(expected);
  });
});

async function tableNames(target: DatabaseTarget): Promise<string[]> {
  const rows =
    target.kind === "sqlite"
      ? await query(target, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await query(target, `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`);
  return rows.map((r) => String(r.name)).sort();
}

async function indexNames(target: DatabaseTarget, table: string): Promise<string[]> {
  const rows =
    target.kind === "sqlite"
      ? await query(
          target,
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}' AND sql IS NOT NULL`,
        )
      : await query(
          target,
          `SELECT indexname AS name FROM pg_indexes WHERE tablename = '${table}' AND indexname <> '${table}_pkey'`,
        );
  return rows.map((r) => String(r.name)).sort();
}

/** Models and their scalar fields (the database columns) as declared in a Prisma schema. */
function schemaColumns(schema: string): Record<string, string[]> {
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(models.map((m) => m[1]!));
  const result: Record<string, string[]> = {};
  for (const [, name, body] of models) {
    result[name!] = body!
      .split("\n")
      .map((line) => line.trim().match(/^(\w+)\s+(\w+)(\[\])?/))
      .filter((m): m is RegExpMatchArray => !!m && !modelNames.has(m[2]!) && !m[3])
      .map((m) => m[1]!)
      .sort();
  }
  return result;
}
