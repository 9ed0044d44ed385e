import "server-only";
import Database from "better-sqlite3";
import type pg from "pg";
import { getDatabaseTarget, getDb, getPgPool } from "./client";
import { SQLITE_PRAGMAS } from "./sqlite-setup";

// The one exception to "Prisma for every query" (ARCHITECTURE.md "Data"): the OAuth endpoints'
// per-request statements — the clients' cache version; finding, storing and consuming oidc-provider
// payloads; the account's claims; one instance setting — as prepared statements on the same driver
// Prisma uses (better-sqlite3; pg, on Prisma's own pool), since Prisma's per-query runtime cost was
// most of a token request (bench/README.md). The SQL is the SQL Prisma runs for the same calls, in
// Prisma's storage formats; Prisma still owns the schema and migrations. Covered on both databases
// by tests/integration/foundation-adapter.test.ts and hot-path.test.ts.
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
  // The unexpired payload of a model by id (the key), interaction uid or device user code.
  find: (field: PayloadKey, p: (n: number) => string, consumed: string) =>
    `SELECT "payload", ${consumed} FROM "OidcPayload"
     WHERE "model" = ${p(1)} AND "${field}" = ${p(2)} AND ("expiresAt" IS NULL OR "expiresAt" > ${p(3)}) LIMIT 1`,
  consume: (at: string, model: string, id: string) =>
    `UPDATE "OidcPayload" SET "consumedAt" = ${at} WHERE "model" = ${model} AND "id" = ${id} AND "consumedAt" IS NULL`,
  account: (updatedSeconds: string, id: string) =>
    `SELECT "id", "email", "name", "emailVerifiedAt" IS NOT NULL AS "emailVerified", ${updatedSeconds} AS "updatedAt" FROM "User" WHERE "id" = ${id} AND "disabledAt" IS NULL`,
  setting: (name: string) => `SELECT "value" FROM "InstanceSetting" WHERE "name" = ${name}`,
};

type PayloadKey = "id" | "uid" | "userCode";
type Sqlite = { db: Database.Database; find: Record<PayloadKey, Database.Statement> } & Record<
  "version" | "upsert" | "consume" | "account" | "setting",
  Database.Statement
>;
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
    find: {
      id: db.prepare(SQL.find("id", p, `"consumedAt"`)),
      uid: db.prepare(SQL.find("uid", p, `"consumedAt"`)),
      userCode: db.prepare(SQL.find("userCode", p, `"consumedAt"`)),
    },
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

/** The clients' cache version (lib/portal/clients/provider-client-cache.ts); -1 when its row is missing. */
export async function readClientsVersion(): Promise<number> {
  if (isPostgres())
    return (await pgQuery<{ version: number }>("ninka_clients_version", SQL.version, [])).rows[0]?.version ?? -1;
  return (sqlite().version.get() as number | undefined) ?? -1;
}

export async function upsertPayload(row: PayloadRow): Promise<void> {
  const values = [
    row.model,
    row.id,
    JSON.stringify(row.payload),
    row.grantId,
    row.clientId,
    row.accountId,
    row.userCode,
    row.uid,
  ];
  if (isPostgres()) {
    const p = (n: number) => (n === 9 ? `$9::timestamp` : `$${n}`);
    await pgQuery("ninka_payload_upsert", SQL.upsert(p, "$3::jsonb"), [
      ...values,
      row.expiresAt?.toISOString() ?? null,
    ]);
    return;
  }
  sqlite().upsert.run(...values, row.expiresAt ? sqliteTime(row.expiresAt) : null);
}

type StoredPayload = { payload: object; consumed: number | null };

/** The unexpired payload of `model` by `field` and when it was consumed (epoch seconds), if stored. */
export async function findPayload(model: string, field: PayloadKey, value: string): Promise<StoredPayload | undefined> {
  const now = new Date();
  if (isPostgres()) {
    const pgConsumed = `floor(extract(epoch FROM "consumedAt"))::integer AS "consumed"`;
    const text = SQL.find(field, (n) => (n === 3 ? "$3::timestamp" : `$${n}`), pgConsumed);
    return (await pgQuery<StoredPayload>(`ninka_payload_find_${field}`, text, [model, value, now.toISOString()]))
      .rows[0];
  }
  const row = sqlite().find[field].get(model, value, sqliteTime(now)) as
    { payload: string; consumedAt: string | null } | undefined;
  return (
    row && {
      payload: JSON.parse(row.payload) as object,
      consumed: row.consumedAt ? Math.floor(Date.parse(row.consumedAt) / 1000) : null,
    }
  );
}

/** Marks (model, id) consumed now, once: a second call leaves the first time (RFC 6749 §4.1.2). */
export async function consumePayload(model: string, id: string): Promise<void> {
  const now = new Date();
  if (isPostgres())
    await pgQuery("ninka_payload_consume", SQL.consume("$1::timestamp", "$2", "$3"), [now.toISOString(), model, id]);
  else sqlite().consume.run(sqliteTime(now), model, id);
}

/** What an ID token and userinfo say about an account (lib/provider/oidc/find-account.ts); updatedAt in epoch seconds. */
export type AccountClaimsRow = { id: string; email: string; name: string; emailVerified: boolean; updatedAt: number };

export async function findAccountRow(id: string): Promise<AccountClaimsRow | undefined> {
  if (isPostgres()) {
    const updated = `floor(extract(epoch FROM "updatedAt"))::integer`;
    return (await pgQuery<AccountClaimsRow>("ninka_account_claims", SQL.account(updated, "$1"), [id])).rows[0];
  }
  const row = sqlite().account.get(id) as
    (Omit<AccountClaimsRow, "emailVerified"> & { emailVerified: number }) | undefined;
  return row && { ...row, emailVerified: row.emailVerified === 1 };
}

/** One instance setting's stored text, or null (lib/accounts/settings/read-setting.ts parses it). */
export async function readSettingValue(name: string): Promise<string | null> {
  if (isPostgres())
    return (await pgQuery<{ value: string }>("ninka_setting", SQL.setting("$1"), [name])).rows[0]?.value ?? null;
  return (sqlite().setting.get(name) as string | undefined) ?? null;
}
