import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMigration } from "./new-migration";

// `npm run db:new-migration NAME` in a scratch repository: both dialects' folders, Prisma's layout.
const scratch = () => {
  const root = mkdtempSync(join(tmpdir(), "ninka-new-migration-"));
  for (const dialect of ["sqlite", "postgresql"])
    mkdirSync(join(root, "prisma/migrations", dialect, "20261206120000_session_devices_by_uid"), { recursive: true });
  return root;
};

describe("db:new-migration", () => {
  it("creates <timestamp>_<name>/migration.sql for SQLite and PostgreSQL, each naming its twin", () => {
    const root = scratch();
    const files = createMigration("add_client_notes", root, new Date("2026-12-24T10:11:12Z"));
    expect(files).toEqual([
      "prisma/migrations/sqlite/20261224101112_add_client_notes/migration.sql",
      "prisma/migrations/postgresql/20261224101112_add_client_notes/migration.sql",
    ]);
    const sqlite = readFileSync(join(root, files[0]!), "utf8");
    expect(sqlite).toMatch(/^-- add_client_notes \(SQLite\)/);
    expect(sqlite).toContain("prisma/migrations/postgresql/20261224101112_add_client_notes/migration.sql");
    expect(readFileSync(join(root, files[1]!), "utf8")).toMatch(/^-- add_client_notes \(PostgreSQL\)/);
  });

  it("sorts after the newest migration even when the clock is behind it", () => {
    const root = scratch();
    const [file] = createMigration("late_clock", root, new Date("2026-01-01T00:00:00Z"));
    expect(file).toBe("prisma/migrations/sqlite/20261206120001_late_clock/migration.sql");
  });

  it("refuses a bad or already used name, creating nothing", () => {
    const root = scratch();
    for (const name of ["", "Add_Notes", "add-notes", "add notes", "../escape", "1st", "notes_", "a".repeat(61)])
      expect(() => createMigration(name, root), name).toThrow(/not a migration name/);
    expect(() => createMigration("session_devices_by_uid", root)).toThrow(/exists already/);
    expect(readdirSync(join(root, "prisma/migrations/sqlite"))).toEqual(["20261206120000_session_devices_by_uid"]);
  });
});
