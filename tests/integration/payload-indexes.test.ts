import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { useTestDatabase } from "./support/use-test-database";

// The payload indexes on grantId, accountId, userCode and uid are partial (migration
// 20261128151000): rows without the value are not indexed. The adapter's lookups compare with a
// value, which implies IS NOT NULL; each database must still choose the index for them.
const COLUMNS = ["grantId", "accountId", "userCode", "uid"] as const;

describe("partial payload indexes", () => {
  const database = useTestDatabase();

  it("are partial, and still chosen for the adapter's lookups", async () => {
    const db = getDb();
    const kind = database.current().kind;
    for (const column of COLUMNS) {
      const index = `OidcPayload_model_${column}_idx`;
      const query = `SELECT "id" FROM "OidcPayload" WHERE "model" = $1 AND "${column}" = $2`;
      if (kind === "sqlite") {
        const [definition] = await db.$queryRawUnsafe<{ sql: string }[]>(
          `SELECT "sql" FROM sqlite_master WHERE "name" = ?`,
          index,
        );
        expect(definition?.sql).toContain(`WHERE "${column}" IS NOT NULL`);
        const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
          `EXPLAIN QUERY PLAN ${query.replace(/\$\d/g, "?")}`,
          "AccessToken",
          "x",
        );
        expect(plan.map((row) => row.detail).join("; ")).toContain(`USING INDEX ${index}`);
      } else {
        const [definition] = await db.$queryRawUnsafe<{ indexdef: string }[]>(
          `SELECT "indexdef" FROM pg_indexes WHERE "indexname" = $1`,
          index,
        );
        // PostgreSQL quotes only identifiers that need it ("grantId", but uid).
        expect(definition?.indexdef).toMatch(new RegExp(`WHERE \\("?${column}"? IS NOT NULL\\)`));
        // A tiny table is read sequentially whatever the indexes; forbid that to see the index chosen.
        const plan = await db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query}`, "AccessToken", "x");
        });
        expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain(index);
      }
    }
  });
});
