import "server-only";
import Database from "better-sqlite3";
import type pg from "pg";
import { getDatabaseTarget, getDb, getPgPool } from "./client";
import { SQLITE_PRAGMAS } from "./sqlite-setup";

// The one exception to "Prisma for every query" (ARCHITECTURE.md "Data"): the token endpoint's
// per-request statements — the clients' cache version, and finding and storing oidc-provider
// payloads — as prepared statements on the same driver Prisma uses (better-sqlite3; pg, on Prisma's
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
};

type Sqlite = { db: Database.Database; version: Database.Statement; upsert: Database.Statement; find: Database.Statement };
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
    find: db.prepare(
      `SELECT "payload", "consumedAt" FROM "OidcPayload" WHERE "model" = ? AND "id" = ? AND ("expiresAt" IS NULL OR "expiresAt" > ?)`,
    ),
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
  const row = sqlite().find.get(model, id, sqliteTime(now)) as { payload: string; consumedAt: string | null } | undefined;
  if (!row) return undefined;
  return { payload: JSON.parse(row.payload) as object, consumed: row.consumedAt ? Math.floor(Date.parse(row.consumedAt) / 1000) : null };
}

