import { chmodSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/start-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// NINKA_DATA_DIR holds the SQLite database and the generated secret: Ninka's user alone may read
// them (ARCHITECTURE.md "Data"), also when an earlier version left them world-readable.
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("the data directory", () => {
  let db: TestDatabase;
  let server: RunningServer;
  let env: Record<string, string>;
  let dataDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A directory Ninka creates itself, and no NINKA_SECRET, so that it generates one there.
    dataDir = join(db.env.NINKA_DATA_DIR!, "nested", "data");
    env = { ...db.env, NINKA_DATA_DIR: dataDir };
    delete env.NINKA_SECRET;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const files = () => (db.kind === "sqlite" ? ["ninka.db", "ninka.db-wal", "ninka.db-shm", "secret"] : ["secret"]);

  async function expectPrivate() {
    // The server is up with its database open, so SQLite has its -wal and -shm files.
    expect((await fetch(`${server.url}/oauth/token`, { method: "POST" })).status).toBe(400);
    expect(modeOf(dataDir)).toBe("700");
    for (const file of files()) {
      expect(existsSync(join(dataDir, file)), file).toBe(true);
      expect(modeOf(join(dataDir, file)), file).toBe("600");
    }
  }

  it("is created 0700 with its files 0600", async () => {
    server = await startServer(env);
    await expectPrivate();
  });

  it("is narrowed back to 0700 and 0600 at start when found wider", async () => {
    await server.stop();
    chmodSync(dataDir, 0o755);
    for (const file of files()) if (existsSync(join(dataDir, file))) chmodSync(join(dataDir, file), 0o644);
    server = await startServer(env, { port: server.port });
    await expectPrivate();
  });
});
