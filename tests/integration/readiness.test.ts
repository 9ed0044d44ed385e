import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { getReadiness } from "@/lib/delivery/get-readiness";
import { useTestDatabase } from "./support/use-test-database";

describe("readiness", () => {
  useTestDatabase();

  it("is ready when migrated and not ready when a migration is missing", async () => {
    expect(await getReadiness()).toEqual({ status: "ready" });
    const [last] = await getDb().$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC`,
    );
    await getDb().$executeRawUnsafe(
      `DELETE FROM "_prisma_migrations" WHERE migration_name = '${last!.migration_name}'`,
    );
    expect(await getReadiness()).toEqual({ status: "not_ready", reason: "1 pending migration(s)" });
  });
});
