import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { listTokens } from "@/lib/portal/personal-access-tokens/list-tokens";
import { revokeToken } from "@/lib/portal/personal-access-tokens/revoke-token";
import { createUser } from "@/lib/accounts/users/create-user";
import { runNinkaCli } from "./support/run-ninka-cli";
import { useServer, type TestServer } from "./support/use-server";

// Personal access tokens end to end: created by the real CLI (against the database a running server
// uses), presented to GET /api/me on that server, revoked, expired, and never stored in plaintext.
const PASSWORD = "a perfectly long passphrase";

describe("personal access tokens", () => {
  const database = useServer();
  let server: TestServer;
  const plaintexts: string[] = [];

  const me = (token?: string) =>
    fetch(`${server.url}/api/me`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const cli = (args: string[], stdin?: string) => runNinkaCli(args, database.current().env, stdin);
  const newActor = (email: string) => createUser({ email, name: email.split("@")[0]!, password: PASSWORD });
  const issue = async (actor: Awaited<ReturnType<typeof newActor>>, expiresInDays?: number) => {
    const created = await createToken(actor, { name: "test", scopes: ["clients:read"], expiresInDays });
    plaintexts.push(created.token);
    return created;
  };

  beforeAll(async () => {
    server = database.server();
  });

  it("a token created by the CLI authenticates GET /api/me, and its use is recorded once a minute", async () => {
    const user = await cli(
      ["users", "create", "--email", "Dev@Example.com", "--name", "Dev One", "--password-stdin"],
      `${PASSWORD}\n`,
    );
    expect(user.stderr).toContain("Created user dev@example.com");
    expect(user.code).toBe(0);
    const userId = user.stdout.trim();

    const created = await cli([
      "tokens",
      "create",
      "--email",
      "dev@example.com",
      "--name",
      "CI deploy",
      "--scopes",
      "clients:write,clients:read",
    ]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^ninka_pat_[0-9A-Za-z]{49}$/);
    expect(created.stderr).toMatch(/shown only now/);
    plaintexts.push(token);

    const response = await me(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      id: userId,
      email: "dev@example.com",
      name: "Dev One",
      scopes: ["clients:read", "clients:write"],
    });

    const [row] = await getDb().personalAccessToken.findMany({ where: { userId } });
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
    expect((await me(token)).status).toBe(200);
    const again = await getDb().personalAccessToken.findUniqueOrThrow({ where: { id: row!.id } });
    expect(again.lastUsedAt).toEqual(row!.lastUsedAt);
  });

  it("answers 401 problem+json with a Bearer challenge without a valid token", async () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'Bearer realm="ninka"'],
      ["ninka_pat_not-a-token", 'Bearer realm="ninka", error="invalid_token"'],
      // Well-formed (valid checksum) but never issued.
      [`ninka_pat_${"0".repeat(43)}${"x".repeat(6)}`, 'Bearer realm="ninka", error="invalid_token"'],
    ];
    for (const [token, challenge] of cases) {
      const response = await me(token);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe(challenge);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 401, title: "Unauthorized" });
    }
  });

  it("a revoked token gets 401 at once; only its owner can revoke it", async () => {
    const owner = await newActor("owner@example.com");
    const other = await newActor("other@example.com");
    const { token, summary } = await issue(owner);
    expect((await me(token)).status).toBe(200);

    await expect(revokeToken(other, summary.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await me(token)).status).toBe(200);

    await revokeToken(owner, summary.id);
    const response = await me(token);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    await expect(revokeToken(owner, summary.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listTokens(owner)).map((t) => t.id)).not.toContain(summary.id);
  });

  it("an expired token gets 401", async () => {
    const actor = await newActor("expiring@example.com");
    const { token, summary } = await issue(actor, 1);
    expect(summary.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect((await me(token)).status).toBe(200);
    await getDb().personalAccessToken.update({
      where: { id: summary.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await me(token)).status).toBe(401);
  });

  it("lists only the actor's own tokens, without digests; tokens cannot manage tokens", async () => {
    const a = await newActor("lister-a@example.com");
    const b = await newActor("lister-b@example.com");
    const first = await issue(a);
    const second = await issue(a);
    await issue(b);
    const listed = await listTokens(a);
    expect(listed.map((t) => t.id)).toEqual([second.summary.id, first.summary.id]);
    expect(Object.keys(listed[0]!).sort()).toEqual([
      "createdAt",
      "expiresAt",
      "hint",
      "id",
      "lastUsedAt",
      "name",
      "scopes",
    ]);
    expect(listed[0]!.hint).toBe(second.token.slice(-4));
    await expect(listTokens({ ...a, tokenScopes: ["clients:read"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stores no plaintext token anywhere in the database, nor in the server's logs", async () => {
    expect(plaintexts.length).toBeGreaterThanOrEqual(5);
    const dump = await dumpDatabaseText();
    expect(dump).toContain("dev@example.com"); // the dump does see the data
    for (const token of plaintexts) {
      const secretPart = token.slice("ninka_pat_".length, -4); // the hint (last 4) is stored on purpose
      expect(dump).not.toContain(secretPart);
      expect(server.logs()).not.toContain(secretPart);
    }
  });

  // Every row of every table as text.
  async function dumpDatabaseText(): Promise<string> {
    const db = getDb();
    const tables =
      database.current().kind === "sqlite"
        ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`)
        : await db.$queryRawUnsafe<{ name: string }[]>(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
          );
    expect(tables.map((t) => t.name)).toContain("PersonalAccessToken");
    const parts: string[] = [];
    for (const { name } of tables) {
      const rows =
        database.current().kind === "sqlite"
          ? await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`)
          : await db.$queryRawUnsafe<unknown[]>(`SELECT t::text AS row FROM "${name}" t`);
      parts.push(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
    }
    return parts.join("\n");
  }
});
