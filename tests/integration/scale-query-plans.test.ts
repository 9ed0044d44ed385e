import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { purgeAuditEvents } from "@/lib/kernel/audit/purge-audit-events";
import { getDatabaseTarget, getDb } from "@/lib/kernel/db/client";
import { PURGE_BATCH_SIZE } from "@/lib/kernel/db/delete-in-batches";
import { maintainSqlite } from "@/lib/kernel/db/maintain-sqlite";
import { listAllClients } from "@/lib/portal/admin/list-all-clients";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";
import { listUsers } from "@/lib/portal/admin/list-users";
import { getInstanceUsage } from "@/lib/portal/insights/get-instance-usage";
import { utcDay as usageDay } from "@/lib/kernel/time/utc-day";
import { purgeExpiredPayloads } from "@/lib/provider/oidc/purge-expired-payloads";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { useTestDatabase } from "./support/use-test-database";

// The shapes that keep admin pages and purges from holding up the token endpoint at scale
// (ARCHITECTURE.md "Scale"), pinned on both databases: which index each query reads (EXPLAIN), that
// the dashboard never fetches raw rows to add them up in JavaScript, that a purge deletes in
// batches and yields between them, and that admin lists page by cursor, never by OFFSET.
const DAY_MS = 86_400_000;

/** The query plan of `sql`, as text; PostgreSQL is told to avoid sequential scans, since these test tables are tiny. */
async function plan(sql: string): Promise<string> {
  const db = getDb();
  if (getDatabaseTarget().kind === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`);
    return rows.map((row) => row.detail).join("\n");
  }
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

describe("query shapes at scale", { timeout: 60_000 }, () => {
  useTestDatabase();
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      "/admin/users, newest first",
      `SELECT "id" FROM "User" ORDER BY "createdAt" DESC, "id" DESC LIMIT 26`,
      "User_createdAt_id_idx",
    ],
    [
      "/admin/apps, newest first",
      `SELECT "id" FROM "Client" ORDER BY "createdAt" DESC, "id" DESC LIMIT 26`,
      "Client_createdAt_id_idx",
    ],
    [
      "/admin/apps by name prefix",
      `SELECT "id" FROM "Client" WHERE "name" >= 'Acm' AND "name" < 'Acn'`,
      "Client_name_idx",
    ],
    [
      "/admin/teams, newest first",
      `SELECT "id" FROM "Team" ORDER BY "createdAt" DESC, "id" DESC LIMIT 26`,
      "Team_createdAt_id_idx",
    ],
    [
      "/admin/teams by name prefix",
      `SELECT "id" FROM "Team" WHERE "name" >= 'Acm' AND "name" < 'Acn'`,
      "Team_name_idx",
    ],
    [
      "/admin/teams by slug prefix",
      `SELECT "id" FROM "Team" WHERE "slug" >= 'acm' AND "slug" < 'acn'`,
      "Team_slug_key",
    ],
    [
      "/admin/audit, newest first",
      `SELECT "id" FROM "AuditEvent" ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`,
      "AuditEvent_createdAt_id_idx",
    ],
    [
      "/admin/audit by action",
      `SELECT "id" FROM "AuditEvent" WHERE "action" = 'app.created' ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`,
      "AuditEvent_action_createdAt_id_idx",
    ],
    [
      "/admin/audit by actor",
      `SELECT "id" FROM "AuditEvent" WHERE "actorLabel" = 'a@example.test' ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`,
      "AuditEvent_actorLabel_createdAt_id_idx",
    ],
    [
      "/admin/users' last sign-ins",
      `SELECT "userId", MAX("createdAt") FROM "AuditEvent" WHERE "action" = 'signin.succeeded' AND "userId" IN ('a', 'b') GROUP BY "userId"`,
      "AuditEvent_userId_action_createdAt_idx",
      // PostgreSQL chooses between two usable indexes by statistics, which an empty table lacks
      // (at scale it picks this one: bench/README.md "Scale"); SQLite must pick it without any.
      "sqlite",
    ],
    [
      "the dashboard's users of a day",
      `SELECT COUNT(DISTINCT "userDigest") FROM "ClientUserDay" WHERE "day" = '2026-12-06'`,
      "ClientUserDay_day_idx",
    ],
    [
      "the dashboard's tokens of a day",
      `SELECT SUM("count") FROM "ClientUsageDay" WHERE "day" = '2026-12-06' AND "metric" LIKE 'tokens:%'`,
      "ClientUsageDay_day_idx",
    ],
  ] as [string, string, string, string?][])("%s reads its index", async (_page, sql, index, only) => {
    if (only && process.env.NINKA_TEST_DB !== only) return;
    expect(await plan(sql)).toContain(index);
  });

  // Ownerless apps are exactly the open-registered ones not given away, so either index narrows
  // the query to them; which one a database picks without statistics is its choice.
  it.each([
    [
      "the total cap of open registrations",
      `SELECT COUNT(*) FROM "Client" WHERE "registeredVia" = 'open' AND "ownerId" IS NULL`,
    ],
    [
      "the purge of unused open-registered apps, oldest first",
      `SELECT "id" FROM "Client" WHERE "registeredVia" = 'open' AND "ownerId" IS NULL AND "createdAt" < '2026-11-06' AND ("lastUsedAt" IS NULL OR "lastUsedAt" < '2026-11-06') ORDER BY "createdAt" ASC, "id" ASC LIMIT 500`,
    ],
  ])("%s reads an index of open-registered apps", async (_what, sql) => {
    expect(await plan(sql)).toMatch(/Client_registeredVia_createdAt_idx|Client_ownerId_createdAt_idx/);
  });

  it("the dashboard counts in the database, keeps finished days, and fetches no raw usage or audit rows", async () => {
    const admin = await createAdmin();
    const dev = await createDeveloper("Busy");
    const db = getDb();
    const clientId = (
      await db.client.create({
        data: {
          id: randomUUID().replace(/-/g, "").slice(0, 24),
          ownerId: dev.id,
          applicationType: "m2m",
          name: "Busy",
          redirectUris: [],
          postLogoutRedirectUris: [],
          grantTypes: [],
          scope: "",
          tokenEndpointAuthMethod: "client_secret_basic",
        },
      })
    ).id;
    const past = usageDay(new Date(Date.now() - 3 * DAY_MS));
    await db.clientUsageDay.create({ data: { clientId, day: past, metric: "tokens:client_credentials", count: 40 } });
    const rawReads = [
      vi.spyOn(db.clientUsageDay, "findMany"),
      vi.spyOn(db.clientUserDay, "findMany"),
      vi.spyOn(db.auditEvent, "findMany"),
    ];

    const first = await getInstanceUsage(admin, 7);
    expect(first.find((day) => day.day === past)).toMatchObject({ tokens: 40, active_apps: 1 });
    expect(await db.instanceUsageDay.findUnique({ where: { day: past } })).toMatchObject({ tokens: 40, activeApps: 1 });
    // A finished day is read back, not counted again.
    await db.clientUsageDay.update({
      where: { clientId_day_metric: { clientId, day: past, metric: "tokens:client_credentials" } },
      data: { count: 41 },
    });
    expect((await getInstanceUsage(admin, 7)).find((day) => day.day === past)).toMatchObject({ tokens: 40 });
    for (const read of rawReads) expect(read).not.toHaveBeenCalled();
  });

  it("purges expired rows and old events in batches, letting other work run between them", async () => {
    const db = getDb();
    const long = Date.now() - 400 * DAY_MS;
    const expired = new Date(Date.now() - 1000);
    const rows = PURGE_BATCH_SIZE * 2 + 7;
    await db.oidcPayload.createMany({
      data: Array.from({ length: rows }, () => ({
        model: "AccessToken",
        id: randomUUID(),
        payload: {},
        expiresAt: expired,
      })),
    });
    await db.auditEvent.createMany({
      data: Array.from({ length: rows }, (_, i) => ({
        id: randomUUID(),
        createdAt: new Date(long - i),
        actorKind: "system",
        actorLabel: "test",
        action: "app.created",
        targetType: "app",
        details: "{}",
      })),
    });
    // What happened, in order: each batch's delete, and each tick of a 1 ms timer.
    const seen: string[] = [];
    const original = db.oidcPayload.deleteMany.bind(db.oidcPayload);
    const deletes = vi.spyOn(db.oidcPayload, "deleteMany").mockImplementation(((
      args: Parameters<typeof original>[0],
    ) => {
      seen.push("delete");
      return original(args);
    }) as typeof original);
    const ticker = setInterval(() => seen.push("tick"), 1);
    try {
      expect(await purgeExpiredPayloads(systemActor("purge"))).toBe(rows);
      expect(await purgeAuditEvents(systemActor("purge"))).toBeGreaterThanOrEqual(rows);
    } finally {
      clearInterval(ticker);
    }
    // At least three batches (more when a batch was slow and the next one smaller), none larger
    // than the cap.
    expect(deletes.mock.calls.length).toBeGreaterThanOrEqual(3);
    for (const [args] of deletes.mock.calls)
      expect((args?.where?.id as { in: string[] }).in.length).toBeLessThanOrEqual(PURGE_BATCH_SIZE);
    // Timers ran between batches: the purge gave the event loop back each time.
    expect(seen.join(" ")).toMatch(/^(tick )*delete( (tick )+delete)+( tick)*$/);
    expect(await db.oidcPayload.count({ where: { expiresAt: { lt: new Date() } } })).toBe(0);
  });

  it.skipIf(process.env.NINKA_TEST_DB !== "sqlite")(
    "a new SQLite file gives purged pages back (incremental auto-vacuum)",
    async () => {
      const db = getDb();
      const pragma = async (name: string) =>
        Number(Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0]);
      expect(await pragma("auto_vacuum")).toBe(2); // INCREMENTAL, set before the first migration
      const big = "x".repeat(4000);
      await db.oidcPayload.createMany({
        data: Array.from({ length: 600 }, () => ({
          model: "Interaction",
          id: randomUUID(),
          payload: { big },
          expiresAt: new Date(Date.now() - 1000),
        })),
      });
      await purgeExpiredPayloads(systemActor("purge"));
      expect(await pragma("freelist_count")).toBeGreaterThan(100);
      expect((await maintainSqlite()).pagesFreed).toBeGreaterThan(100);
      expect(await pragma("freelist_count")).toBe(0);
    },
  );

  it("pages every admin list by cursor, never by OFFSET", async () => {
    const admin = await createAdmin();
    const reads = [
      vi.spyOn(getDb().user, "findMany"),
      vi.spyOn(getDb().client, "findMany"),
      vi.spyOn(getDb().auditEvent, "findMany"),
    ];
    await listUsers(admin);
    await listAllClients(admin);
    await listInstanceEvents(admin);
    for (const read of reads) {
      expect(read).toHaveBeenCalled();
      for (const [args] of read.mock.calls) expect(args).not.toHaveProperty("skip");
    }
  });
});
