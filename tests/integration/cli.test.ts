import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNinkaCli } from "./support/run-ninka-cli";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

// The operator CLI on a fresh, unmigrated database: it refuses to write to an old schema, migrates
// on request, and reports errors in one line with exit code 1 (usage errors: 2).
describe("ninka CLI", () => {
  let db: TestDatabase;
  const cli = (args: string[], stdin?: string) => runNinkaCli(args, db.env, stdin);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("asks for `ninka migrate` before writing to an unmigrated database", async () => {
    const result = await cli(
      ["users", "create", "--email", "ops@example.com", "--name", "Ops", "--password-stdin"],
      "long enough password\n",
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/is not ready .*run: ninka migrate/);
  });

  it("migrate applies pending migrations once", async () => {
    const first = await cli(["migrate"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\) to (SQLite|PostgreSQL) database /);
    expect(first.stdout).not.toContain("postgres://");
    const second = await cli(["migrate"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/is up to date/);
  });

  it("creates a user once; a duplicate or weak password is one line and exit 1", async () => {
    const args = ["users", "create", "--email", "ops@example.com", "--name", "Ops", "--password-stdin"];
    const created = await cli(args, "long enough password\n");
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);

    const duplicate = await cli(args, "long enough password\n");
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/^ninka: --email: An account with this email address already exists/);

    const weak = await cli(
      ["users", "create", "--email", "weak@example.com", "--name", "W", "--password-stdin"],
      "short\n",
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toBe("ninka: password: Use at least 10 characters.\n");
  });

  it("tokens create: unknown user is exit 1, bad usage exit 2, and the token goes to stdout alone", async () => {
    const unknown = await cli([
      "tokens",
      "create",
      "--email",
      "nobody@example.com",
      "--name",
      "x",
      "--scopes",
      "clients:read",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^ninka: no user with email nobody@example.com/);

    const usage = await cli(["tokens", "create", "--email", "ops@example.com", "--name", "x"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^ninka: missing --scopes\n/);

    const ok = await cli([
      "tokens",
      "create",
      "--email",
      "ops@example.com",
      "--name",
      "x",
      "--scopes",
      "clients:read",
      "--expires-in-days",
      "30",
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ninka_pat_[0-9A-Za-z]{49}\n$/);
    expect(ok.stderr).toMatch(/clients:read; expires \d{4}-/);

    const apis = await cli([
      "tokens",
      "create",
      "--email",
      "ops@example.com",
      "--name",
      "APIs",
      "--scopes",
      "apis:write,apis:read",
    ]);
    expect(apis.code).toBe(0);
    expect(apis.stderr).toMatch(/\(apis:read, apis:write; does not expire\)/);
  });
});
