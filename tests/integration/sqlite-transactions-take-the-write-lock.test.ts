import { resolve } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createDeveloper } from "./support/api-fixtures";
import { testDatabaseKind } from "./support/test-database";
import { useTestDatabase } from "./support/use-test-database";

// Two processes share one SQLite file (ARCHITECTURE.md "Data"). A Prisma transaction that reads and
// then writes must not fail because another process wrote in between: a deferred BEGIN takes the
// write lock only at its first write, and by then its snapshot is stale (SQLITE_BUSY_SNAPSHOT, which
// no busy timeout waits out: a 500 for the user). Ninka's transactions take the lock at BEGIN, so the
// other process waits instead. The other process here is a second connection, as the other server's.
describe.runIf(testDatabaseKind() === "sqlite")("a Prisma transaction on SQLite", () => {
  const database = useTestDatabase();

  it("holds the write lock from its start: another connection's write waits, and the transaction commits", async () => {
    const dev = await createDeveloper("Reader");
    const other = new Database(resolve(database.current().env.NINKA_DATA_DIR!, "ninka.db"), { timeout: 0 });
    let otherWrite = "";
    try {
      await getDb().$transaction(async (tx) => {
        const user = await tx.user.findUniqueOrThrow({ where: { id: dev.id } });
        try {
          other.prepare("UPDATE User SET name = 'Other process' WHERE id = ?").run(dev.id);
          otherWrite = "written";
        } catch (error) {
          otherWrite = (error as { code?: string }).code ?? String(error);
        }
        await tx.user.update({ where: { id: dev.id }, data: { name: `${user.name} wrote last` } });
      });
    } finally {
      other.close();
    }
    expect(otherWrite).toBe("SQLITE_BUSY");
    const after = await getDb().user.findUniqueOrThrow({ where: { id: dev.id } });
    expect(after.name).toBe("Reader wrote last");
  });
});
