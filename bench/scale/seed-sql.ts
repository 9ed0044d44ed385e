import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseKind } from "../support/options";

// The data an instance reaches after a few years, written straight into a stopped Ninka's database
// with set-based SQL (a generated series joined to the rows' shapes), so seeding a million rows takes
// seconds. Sizes are the ones in bench/README.md "Scale"; the smoke run divides them by 100.
export type ScaleSizes = {
  users: number;
  apps: number;
  events: number;
  usageRows: number;
  payloads: number;
  expired: number;
};

export const FULL_SIZES: ScaleSizes = {
  users: 100_000,
  apps: 20_000,
  events: 1_000_000,
  usageRows: 730_000,
  payloads: 200_000,
  expired: 100_000,
};
export const smokeSizes = (): ScaleSizes =>
  Object.fromEntries(Object.entries(FULL_SIZES).map(([k, v]) => [k, v / 100])) as ScaleSizes;

// A usage row a day for each of this many apps: 730 days of history.
const ACTIVE_APPS = (s: ScaleSizes) => Math.max(1, Math.round(s.usageRows / 730));
const ACTIONS = [
  "signin.succeeded",
  "signin.succeeded",
  "signin.succeeded",
  "signin.failed",
  "app.updated",
  "consent.granted",
  "signup.succeeded",
  "token.created",
];

/** The statements, in the dialect's own spelling of "now minus n days" and of a number series. */
function statements(kind: DatabaseKind, s: ScaleSizes, ownerEmail: string): string[] {
  const sqlite = kind === "sqlite";
  const series = (n: number, body: string) =>
    sqlite
      ? `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n - 1}) ${body.replace(/FROM_SERIES/g, "FROM seq")}`
      : body.replace(/FROM_SERIES/g, `FROM generate_series(0, ${n - 1}) AS seq(i)`);
  const ago = (days: string) =>
    sqlite
      ? `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-' || (${days}) || ' days')`
      : `now() - (${days}) * interval '1 day'`;
  const agoSeconds = (seconds: string) =>
    sqlite
      ? `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-' || (${seconds}) || ' seconds')`
      : `now() - (${seconds}) * interval '1 second'`;
  const day = (days: string) =>
    sqlite ? `date('now', '-' || (${days}) || ' days')` : `to_char(now() - (${days}) * interval '1 day', 'YYYY-MM-DD')`;
  const text = (expr: string) => (sqlite ? `(${expr})` : `(${expr})::text`);
  const json = (value: string) => (sqlite ? `'${value}'` : `'${value}'::jsonb`);
  const actions = ACTIONS.map((a, i) => `WHEN ${i} THEN '${a}'`).join(" ");
  const apps = ACTIVE_APPS(s);
  return [
    series(
      s.users,
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt", "updatedAt", "emailVerifiedAt")
      SELECT 'scale-user-' || ${text("i")}, 'user' || ${text("i")} || '@scale.example', 'Scale User ' || ${text("i")}, 'x',
        ${agoSeconds(`i * 600`)}, ${agoSeconds(`i * 600`)}, ${agoSeconds(`i * 600`)} FROM_SERIES`,
    ),
    series(
      s.apps,
      `INSERT INTO "Client" ("id", "ownerId", "applicationType", "name", "redirectUris", "postLogoutRedirectUris", "grantTypes", "scope", "tokenEndpointAuthMethod", "createdAt", "updatedAt")
      SELECT 'scaleapp' || ${text("i")}, CASE WHEN i % 10 = 0 THEN (SELECT "id" FROM "User" WHERE "email" = '${ownerEmail}') ELSE 'scale-user-' || ${text("i % " + s.users)} END, 'm2m', 'App ' || ${text("i")},
        ${json("[]")}, ${json("[]")}, ${json('["client_credentials"]')}, '', 'client_secret_basic', ${agoSeconds("i * 3000")}, ${agoSeconds("i * 3000")} FROM_SERIES`,
    ),
    series(
      s.events,
      `INSERT INTO "AuditEvent" ("id", "createdAt", "actorKind", "actorId", "actorLabel", "action", "targetType", "targetId", "userId", "details")
      SELECT 'scale-event-' || ${text("i")}, ${agoSeconds(`i * 60`)}, 'user', 'scale-user-' || ${text(`i % ${s.users}`)},
        'user' || ${text(`i % ${s.users}`)} || '@scale.example', CASE i % ${ACTIONS.length} ${actions} END, 'user', NULL, 'scale-user-' || ${text(`i % ${s.users}`)}, '{}' FROM_SERIES`,
    ),
    series(
      s.usageRows,
      `INSERT INTO "ClientUsageDay" ("clientId", "day", "metric", "count")
      SELECT 'scaleapp' || ${text(`i % ${apps}`)}, ${day(`i / ${apps}`)}, 'tokens:client_credentials', 1 + i % 50 FROM_SERIES`,
    ),
    series(
      s.usageRows,
      `INSERT INTO "ClientUserDay" ("clientId", "day", "userDigest")
      SELECT 'scaleapp' || ${text(`i % ${apps}`)}, ${day(`i / ${apps}`)}, 'digest-' || ${text(`i % ${s.users}`)} FROM_SERIES`,
    ),
    // Half expired access tokens waiting for the purge, half live grants.
    series(
      s.payloads,
      `INSERT INTO "OidcPayload" ("model", "id", "payload", "clientId", "accountId", "expiresAt")
      SELECT CASE WHEN i < ${s.expired} THEN 'AccessToken' ELSE 'Grant' END, 'scale-payload-' || ${text("i")}, ${json("{}")},
        'scaleapp' || ${text(`i % ${s.apps}`)}, 'scale-user-' || ${text(`i % ${s.users}`)},
        CASE WHEN i < ${s.expired} THEN ${ago("1")} ELSE ${ago("-365")} END FROM_SERIES`,
    ),
  ];
}

/** Seeds a stopped Ninka's database (`env` as its server got it); every tenth app belongs to `ownerEmail`. */
export async function seedScale(
  kind: DatabaseKind,
  env: Record<string, string>,
  sizes: ScaleSizes,
  ownerEmail: string,
): Promise<void> {
  if (kind === "sqlite") {
    const db = new Database(`${env.NINKA_DATA_DIR}/ninka.db`);
    try {
      db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
      db.transaction(() => statements(kind, sizes, ownerEmail).forEach((sql) => db.exec(sql)))();
      db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    for (const sql of statements(kind, sizes, ownerEmail)) await client.query(sql);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/** Drops the dashboard's kept days (a table only newer schemas have), so the next /admin view is cold. */
export async function forgetDashboardDays(kind: DatabaseKind, env: Record<string, string>): Promise<void> {
  const sql = `DELETE FROM "InstanceUsageDay"`;
  if (kind === "sqlite") {
    const db = new Database(`${env.NINKA_DATA_DIR}/ninka.db`);
    try {
      db.exec(sql);
    } catch {
      // no such table: nothing is kept
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  await client.query(sql).catch(() => undefined);
  await client.end();
}
