import "server-only";
import type pg from "pg";
import type { AccountClaimsRow, HotPathStatements, PayloadKey, StoredPayload } from "./statements";
import { upsertPayloadParameters } from "./statements";

// The hot path on PostgreSQL (ARCHITECTURE.md "Data"): named statements on Prisma's own pg pool,
// which pg prepares once per pooled connection and reuses. Prisma stores DateTimes here as
// `timestamp` (without time zone) in UTC, so times are sent as ISO text cast to timestamp and read
// back as epoch seconds.
const POSTGRESQL_STATEMENTS = {
  readClientsVersion: `SELECT "version" FROM "CacheVersion" WHERE "name" = 'clients'`,
  upsertPayload: `INSERT INTO "OidcPayload" ("model", "id", "payload", "grantId", "clientId", "accountId", "userCode", "uid", "expiresAt", "consumedAt")
    VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9::timestamp, NULL)
    ON CONFLICT ("model", "id") DO UPDATE SET "payload" = excluded."payload", "grantId" = excluded."grantId",
      "clientId" = excluded."clientId", "accountId" = excluded."accountId", "userCode" = excluded."userCode",
      "uid" = excluded."uid", "expiresAt" = excluded."expiresAt", "consumedAt" = NULL`,
  findPayloadById: `SELECT "payload", floor(extract(epoch FROM "consumedAt"))::integer AS "consumed" FROM "OidcPayload"
    WHERE "model" = $1 AND "id" = $2 AND ("expiresAt" IS NULL OR "expiresAt" > $3::timestamp) LIMIT 1`,
  findPayloadByUid: `SELECT "payload", floor(extract(epoch FROM "consumedAt"))::integer AS "consumed" FROM "OidcPayload"
    WHERE "model" = $1 AND "uid" = $2 AND ("expiresAt" IS NULL OR "expiresAt" > $3::timestamp) LIMIT 1`,
  findPayloadByUserCode: `SELECT "payload", floor(extract(epoch FROM "consumedAt"))::integer AS "consumed" FROM "OidcPayload"
    WHERE "model" = $1 AND "userCode" = $2 AND ("expiresAt" IS NULL OR "expiresAt" > $3::timestamp) LIMIT 1`,
  consumePayload: `UPDATE "OidcPayload" SET "consumedAt" = $1::timestamp WHERE "model" = $2 AND "id" = $3 AND "consumedAt" IS NULL`,
  findAccountClaims: `SELECT "id", "email", "name", "emailVerifiedAt" IS NOT NULL AS "emailVerified",
    floor(extract(epoch FROM "updatedAt"))::integer AS "updatedAt"
    FROM "User" WHERE "id" = $1 AND "disabledAt" IS NULL`,
  readSettingValue: `SELECT "value" FROM "InstanceSetting" WHERE "name" = $1`,
};

const isoTime = (date: Date) => date.toISOString();

type StatementName = keyof typeof POSTGRESQL_STATEMENTS;
const FIND_PAYLOAD_BY: Record<PayloadKey, StatementName> = {
  id: "findPayloadById",
  uid: "findPayloadByUid",
  userCode: "findPayloadByUserCode",
};

/** The statements on the pool `pool()` returns at each call (Prisma's, lib/kernel/db/client.ts). */
export function postgresqlStatements(pool: () => pg.Pool): HotPathStatements {
  const run = async <T extends pg.QueryResultRow>(name: StatementName, values: unknown[]) =>
    (await pool().query<T>({ name: `ninka_${name}`, text: POSTGRESQL_STATEMENTS[name], values })).rows[0];
  return {
    readClientsVersion: async () => (await run<{ version: number }>("readClientsVersion", []))?.version,
    async upsertPayload(row) {
      await run("upsertPayload", upsertPayloadParameters(row, isoTime));
    },
    findPayload: (model, key, value, now) =>
      run<StoredPayload>(FIND_PAYLOAD_BY[key], [model, value, now.toISOString()]),
    async consumePayload(model, id, at) {
      await run("consumePayload", [at.toISOString(), model, id]);
    },
    findAccountClaims: (id) => run<AccountClaimsRow>("findAccountClaims", [id]),
    readSettingValue: async (name) => (await run<{ value: string }>("readSettingValue", [name]))?.value ?? null,
    close: () => undefined,
  };
}
