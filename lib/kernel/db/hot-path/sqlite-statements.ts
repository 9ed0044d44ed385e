import "server-only";
import Database from "better-sqlite3";
import { SQLITE_PRAGMAS } from "../sqlite-setup";
import type { AccountClaimsRow, HotPathStatements, PayloadKey, PayloadRow } from "./statements";
import { upsertPayloadParameters } from "./statements";

// The hot path on SQLite (ARCHITECTURE.md "Data"): prepared once on a better-sqlite3 connection of
// its own to Prisma's file. Prisma stores DateTimes here as ISO text ending in "+00:00", so times are
// compared and written in that form, and read back from it.
const SQLITE_STATEMENTS = {
  readClientsVersion: `SELECT "version" FROM "CacheVersion" WHERE "name" = 'clients'`,
  upsertPayload: `INSERT INTO "OidcPayload" ("model", "id", "payload", "grantId", "clientId", "accountId", "userCode", "uid", "expiresAt", "consumedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
    ON CONFLICT ("model", "id") DO UPDATE SET "payload" = excluded."payload", "grantId" = excluded."grantId",
      "clientId" = excluded."clientId", "accountId" = excluded."accountId", "userCode" = excluded."userCode",
      "uid" = excluded."uid", "expiresAt" = excluded."expiresAt", "consumedAt" = NULL`,
  findPayloadById: `SELECT "payload", "consumedAt" FROM "OidcPayload"
    WHERE "model" = ? AND "id" = ? AND ("expiresAt" IS NULL OR "expiresAt" > ?) LIMIT 1`,
  findPayloadByUid: `SELECT "payload", "consumedAt" FROM "OidcPayload"
    WHERE "model" = ? AND "uid" = ? AND ("expiresAt" IS NULL OR "expiresAt" > ?) LIMIT 1`,
  findPayloadByUserCode: `SELECT "payload", "consumedAt" FROM "OidcPayload"
    WHERE "model" = ? AND "userCode" = ? AND ("expiresAt" IS NULL OR "expiresAt" > ?) LIMIT 1`,
  consumePayload: `UPDATE "OidcPayload" SET "consumedAt" = ? WHERE "model" = ? AND "id" = ? AND "consumedAt" IS NULL`,
  findAccountClaims: `SELECT "id", "email", "name", "emailVerifiedAt" IS NOT NULL AS "emailVerified",
    CAST(strftime('%s', "updatedAt") AS INTEGER) AS "updatedAt"
    FROM "User" WHERE "id" = ? AND "disabledAt" IS NULL`,
  readSettingValue: `SELECT "value" FROM "InstanceSetting" WHERE "name" = ?`,
};

const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Opens the connection and prepares every statement; the caller has created the file (getDb). */
export function openSqliteStatements(file: string): HotPathStatements {
  // No busy wait: it would block the event loop, and with it a Prisma transaction in this same
  // process holding the write lock across an await, until the timeout (lib/kernel/db/hot-path.ts
  // waits without blocking instead).
  const db = new Database(file, { timeout: 0 });
  db.exec(SQLITE_PRAGMAS);
  const prepared = Object.fromEntries(
    Object.entries(SQLITE_STATEMENTS).map(([name, sql]) => [name, db.prepare(sql)]),
  ) as Record<keyof typeof SQLITE_STATEMENTS, Database.Statement>;
  prepared.readClientsVersion.pluck();
  prepared.readSettingValue.pluck();
  const findBy: Record<PayloadKey, Database.Statement> = {
    id: prepared.findPayloadById,
    uid: prepared.findPayloadByUid,
    userCode: prepared.findPayloadByUserCode,
  };
  return {
    readClientsVersion: () => prepared.readClientsVersion.get() as number | undefined,
    upsertPayload(row: PayloadRow) {
      prepared.upsertPayload.run(...upsertPayloadParameters(row, sqliteTime));
    },
    findPayload(model, key, value, now) {
      const row = findBy[key].get(model, value, sqliteTime(now)) as
        { payload: string; consumedAt: string | null } | undefined;
      return (
        row && {
          payload: JSON.parse(row.payload) as object,
          consumed: row.consumedAt ? Math.floor(Date.parse(row.consumedAt) / 1000) : null,
        }
      );
    },
    consumePayload(model, id, at) {
      prepared.consumePayload.run(sqliteTime(at), model, id);
    },
    findAccountClaims(id) {
      const row = prepared.findAccountClaims.get(id) as
        (Omit<AccountClaimsRow, "emailVerified"> & { emailVerified: number }) | undefined;
      return row && { ...row, emailVerified: row.emailVerified === 1 };
    },
    readSettingValue: (name) => (prepared.readSettingValue.get(name) as string | undefined) ?? null,
    close: () => db.close(),
  };
}
