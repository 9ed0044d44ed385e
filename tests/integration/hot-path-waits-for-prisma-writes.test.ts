import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { upsertPayload } from "@/lib/kernel/db/hot-path";
import { createDeveloper } from "./support/api-fixtures";
import { useTestDatabase } from "./support/use-test-database";

// On SQLite the hot path writes on a connection of its own, in the same process as Prisma's
// (ARCHITECTURE.md "Data"). While a Prisma transaction holds the write lock across an await (every
// console action with a transaction does), a hot-path write must wait for it without blocking the
// event loop — blocking would keep that transaction from ever committing, and stall every request.
const row = () => ({
  model: "AccessToken",
  id: randomUUID(),
  payload: {},
  grantId: null,
  clientId: null,
  accountId: null,
  userCode: null,
  uid: null,
  expiresAt: null,
});

describe("a hot-path write during a Prisma write transaction", () => {
  useTestDatabase();

  it("waits for the transaction to commit, and lets the event loop run meanwhile", async () => {
    const dev = await createDeveloper("Busy");
    const order: string[] = [];
    const ticker = setInterval(() => order.push("tick"), 5);
    try {
      await Promise.all([
        getDb().$transaction(async (tx) => {
          await tx.user.update({ where: { id: dev.id }, data: { name: "Busy writer" } });
          await sleep(150);
          order.push("commit");
        }),
        (async () => {
          await sleep(30);
          order.push("upsert starts");
          await upsertPayload(row());
          order.push("upsert");
        })(),
      ]);
    } finally {
      clearInterval(ticker);
    }
    // Timers ran throughout; on SQLite (one write lock per file) the upsert waited for the commit.
    expect(order).toContain("upsert");
    const waiting = order.slice(order.indexOf("upsert starts"), order.indexOf("commit"));
    expect(waiting.filter((event) => event === "tick").length).toBeGreaterThanOrEqual(2);
    if (process.env.NINKA_TEST_DB === "sqlite")
      expect(order.indexOf("upsert")).toBeGreaterThan(order.indexOf("commit"));
  });
});
