import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { useTestDatabase } from "./support/use-test-database";

// An idle PostgreSQL connection that the server ends (a restart, a failover, an administrator)
// must not crash the process: pg's pool emits "error" for it, which with no listener is an
// uncaught exception. The next query gets a fresh connection.
describe("PostgreSQL connections ended by the server", () => {
  const database = useTestDatabase();

  it("survives an idle connection being terminated, and queries again", async ({ skip }) => {
    if (database.current().kind !== "postgresql") skip();
    const db = getDb();
    await db.user.count(); // opens a pooled connection, then leaves it idle
    const name = new URL(database.current().env.DATABASE_URL!).pathname.slice(1);
    const admin = new pg.Client({
      connectionString: database.current().env.DATABASE_URL!.replace(`/${name}`, "/postgres"),
    });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // the pool hears of it
    await expect(db.user.count()).resolves.toBeGreaterThanOrEqual(0);
  });
});
