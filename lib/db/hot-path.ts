import "server-only";
import Database from "better-sqlite3";
import type pg from "pg";
import { getDatabaseTarget, getDb, getPgPool } from "./client";
import { SQLITE_PRAGMAS } from "./sqlite-setup";

// The one exception to "Prisma for every query" (ARCHITECTURE.md "Data"): the OAuth endpoints'
// per-request statements — the clients' cache version; finding, storing and consuming oidc-provider
// payloads; the account's claims; one instance setting — as prepared statements on the same driver Prisma uses (better-sqlite3; pg, on Prisma's
// own pool), since Prisma's per-query runtime cost was most of a token request (bench/README.md).
// The SQL is the SQL Prisma runs for the same calls, in Prisma's storage formats; Prisma still owns
// the schema and migrations. Covered by tests/integration/foundation-adapter.test.ts on both databases.
export type PayloadRow = {
  model: string;
  id: string;
  payload: object;
  grantId: string | null;
  clientId: string | null;
  accountId: string | null;
  userCode: string | null;
  uid: string | null;
  expiresAt: Date | null;
};

const SQL = {
  version: `SELECT "version" FROM "CacheVersion" WHERE "name" = 'clients'`,
  upsert: (p: (n: number) => string, json: string) =>
    `INSERT INTO "OidcPayload" ("model", "id", "payload", "grantId", "clientId", "accountId", "userCode", "uid", "expiresAt", "consumedAt")
     VALUES (${p(1)}, ${p(2)}, ${json}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, NULL)
     ON CONFLICT ("model", "id") DO UPDATE SET "payload" = excluded."payload", "grantId" = excluded."grantId",
       "clientId" = excluded."clientId", "accountId" = excluded."accountId", "userCode" = excluded."userCode",
       "uid" = excluded."uid", "expiresAt" = excluded."expiresAt", "consumedAt" = NULL`,
  live: (now: string) => `("expiresAt" IS NULL OR "expiresAt" > ${now})`,
  consume: (at: string, model: string, id: string) =>
    `UPDATE "OidcPayload" SET "consumedAt" = ${at} WHERE "model" = ${model} AND "id" = ${id} AND "consumedAt" IS NULL`,
  account: (updatedSeconds: string, id: string) =>
    `SELECT "id", "email", "name", "emailVerifiedAt" IS NOT NULL AS "emailVerified", ${updatedSeconds} AS "updatedAt" FROM "User" WHERE "id" = ${id}`,
  setting: (name: string) => `SELECT "value" FROM "InstanceSetting" WHERE "name" = ${name}`,
};

type Sqlite = { db: Database.Database } & Record<"version" | "upsert" | "find" | "findByUid" | "findByUserCode" | "consume" | "account" | "setting", Database.Statement>;
const store = globalThis as unknown as { __ninkaHotPath?: Sqlite };

// Prisma stores SQLite DateTimes as ISO text with "+00:00"; compare and write in that same form.
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

function sqlite(): Sqlite {
  if (store.__ninkaHotPath) return store.__ninkaHotPath;
  const target = getDatabaseTarget();
  if (target.kind !== "sqlite") throw new Error("not a SQLite target");
  getDb(); // creates the data directory and file with their permissions first
  const db = new Database(target.file, { timeout: 5000 });
  db.exec(SQLITE_PRAGMAS);
  const p = () => "?";
  store.__ninkaHotPath = {
    db,
    version: db.prepare(SQL.version).pluck(),
    upsert: db.prepare(SQL.upsert(p, "?")),
    find: db.prepare(`SELECT "payload", "consumedAt" FROM "OidcPayload" WHERE "model" = ? AND "id" = ? AND ${SQL.live("?")}`),
    findByUid: db.prepare(`SELECT "payload", "consumedAt" FROM "OidcPayload" WHERE "model" = ? AND "uid" = ? AND ${SQL.live("?")} LIMIT 1`),
    findByUserCode: db.prepare(`SELECT "payload", "consumedAt" FROM "OidcPayload" WHERE "model" = ? AND "userCode" = ? AND ${SQL.live("?")} LIMIT 1`),
    consume: db.prepare(SQL.consume("?", "?", "?")),
    account: db.prepare(SQL.account(`CAST(strftime('%s', "updatedAt") AS INTEGER)`, "?")),
    setting: db.prepare(SQL.setting("?")).pluck(),
  };
  return store.__ninkaHotPath;
}

const isPostgres = () => getDatabaseTarget().kind === "postgresql";
// Named statements: pg prepares each once per pooled connection and reuses it.
const pgQuery = <T extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) =>
  getPgPool().query<T>({ name, text, values });

/** The clients' cache version (lib/clients/provider-client-cache.ts); -1 when its row is missing. */
export async function readClientsVersion(): Promise<number> {
  if (isPostgres()) return (await pgQuery<{ version: number }>("ninka_clients_version", SQL.version, [])).rows[0]?.version ?? -1;
  return (sqlite().version.get() as number | undefined) ?? -1;
}

export async function upsertPayload(row: PayloadRow): Promise<void> {
  const values = [row.model, row.id, JSON.stringify(row.payload), row.grantId, row.clientId, row.accountId, row.userCode, row.uid];
  if (isPostgres()) {
    const p = (n: number) => (n === 9 ? `$9::timestamp` : `$${n}`);
    await pgQuery("ninka_payload_upsert", SQL.upsert(p, "$3::jsonb"), [...values, row.expiresAt?.toISOString() ?? null]);
    return;
  }
  sqlite().upsert.run(...values, row.expiresAt ? sqliteTime(row.expiresAt) : null);
}

/** The unexpired payload of (model, id) and when it was consumed (epoch seconds), if stored. */
export async function findPayload(model: string, id: string): Promise<{ payload: object; consumed: number | null } | undefined> {
  const now = new Date();
  if (isPostgres()) {
    const { rows } = await pgQuery<{ payload: object; consumed: number | null }>(
      "ninka_payload_find",
      `SELECT "payload", floor(extract(epoch FROM "consumedAt"))::integer AS "consumed" FROM "OidcPayload"
       WHERE "model" = $1 AND "id" = $2 AND ("expiresAt" IS NULL OR "expiresAt" > $3::timestamp)`,
      [model, id, now.toISOString()],
    );
    return rows[0];
  }
  return fromSqlite(sqlite().find.get(model, id, sqliteTime(now)) as { payload: string; consumedAt: string | null } | undefined);
}


type StoredPayload = { payload: object; consumed: number | null };
const fromSqlite = (row: { payload: string; consumedAt: string | null } | undefined): StoredPayload | undefined =>
  row && { payload: JSON.parse(row.payload) as object, consumed: row.consumedAt ? Math.floor(Date.parse(row.consumedAt) / 1000) : null };

/** The first unexpired payload of `model` with this interaction uid or device user code. */
export async function findPayloadBy(model: string, field: "uid" | "userCode", value: string): Promise<StoredPayload | undefined> {
  const now = new Date();
  if (isPostgres()) {
    const { rows } = await pgQuery<StoredPayload>(
      `ninka_payload_find_${field}`,
      `SELECT "payload", floor(extract(epoch FROM "consumedAt"))::integer AS "consumed" FROM "OidcPayload"
       WHERE "model" = $1 AND "${field}" = $2 AND ${SQL.live("$3::timestamp")} LIMIT 1`,
      [model, value, now.toISOString()],
    );
    return rows[0];
  }
  const statement = field === "uid" ? sqlite().findByUid : sqlite().findByUserCode;
  return fromSqlite(statement.get(model, value, sqliteTime(now)) as { payload: string; consumedAt: string | null } | undefined);
}

/** Marks (model, id) consumed now, once: a second call leaves the first time (RFC 6749 §4.1.2). */
export async function consumePayload(model: string, id: string): Promise<void> {
  const now = new Date();
  if (isPostgres()) await pgQuery("ninka_payload_consume", SQL.consume("$1::timestamp", "$2", "$3"), [now.toISOString(), model, id]);
  else sqlite().consume.run(sqliteTime(now), model, id);
}

/** What an ID token and userinfo say about an account (lib/oidc/find-account.ts); updatedAt in epoch seconds. */
export type AccountClaimsRow = { id: string; email: string; name: string; emailVerified: boolean; updatedAt: number };

export async function findAccountRow(id: string): Promise<AccountClaimsRow | undefined> {
  if (isPostgres()) {
    const updated = `floor(extract(epoch FROM "updatedAt"))::integer`;
    return (await pgQuery<AccountClaimsRow>("ninka_account_claims", SQL.account(updated, "$1"), [id])).rows[0];
  }
  const row = sqlite().account.get(id) as (Omit<AccountClaimsRow, "emailVerified"> & { emailVerified: number }) | undefined;
  return row && { ...row, emailVerified: row.emailVerified === 1 };
}

/** One instance setting's stored text, or null (lib/settings/read-setting.ts parses it). */
export async function readSettingValue(name: string): Promise<string | null> {
  if (isPostgres()) return (await pgQuery<{ value: string }>("ninka_setting", SQL.setting("$1"), [name])).rows[0]?.value ?? null;
  return (sqlite().setting.get(name) as string | undefined) ?? null;
}
