import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { discover, oauthError } from "./support/oauth";
import { runNinkaCli } from "./support/run-ninka-cli";
import { useServer, type TestServer } from "./support/use-server";
import { useTestDatabase } from "./support/use-test-database";

// The operator's side: administrators, disabled users, suspended apps — through the real CLI.
// Each CLI call is a fresh Node process (seconds on a loaded 2-core machine), hence the timeouts.

// "Never the last administrator" counts every administrator: a database of this file's own, and
// no server (the CLI works on the database).
describe("operator actions on administrators (CLI)", { timeout: 240_000 }, () => {
  const database = useTestDatabase();
  const cli = (args: string[]) => runNinkaCli(args, database.current().env);

  it("grants and removes admins, never the last one, and records each change", async () => {
    const a = await createDeveloper("AdminA");
    const b = await createDeveloper("AdminB");
    expect((await cli(["admins", "add", "--email", a.email])).code).toBe(0);
    const last = await cli(["admins", "remove", "--email", a.email]);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain("last administrator");
    expect((await cli(["admins", "add", "--email", b.email])).code).toBe(0);
    expect((await cli(["admins", "remove", "--email", a.email])).code).toBe(0);
    const events = await getDb().auditEvent.findMany({ where: { userId: a.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorKind])).toEqual([
      ["user.admin_granted", "cli"],
      ["user.admin_revoked", "cli"],
    ]);
  });

  it("creates an admin directly and says so for an unknown email", async () => {
    const made = await runNinkaCli(
      ["users", "create", "--email", "root@example.test", "--name", "Root", "--admin", "--password-stdin"],
      database.current().env,
      "correct horse battery staple 42\n",
    );
    expect(made.code).toBe(0);
    expect((await getDb().user.findUnique({ where: { email: "root@example.test" } }))!.isAdmin).toBe(true);
    const missing = await cli(["users", "disable", "--email", "nobody@example.test"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no user with email");
  });
});

// What the CLI changes holds on every process at once: the run's shared server and the second
// process on its database (use-server.ts).
describe("operator actions (CLI and admin), on every process", { timeout: 240_000 }, () => {
  const database = useServer();
  let first: TestServer;
  let second: TestServer;
  const cli = (args: string[]) => runNinkaCli(args, database.current().env);

  beforeAll(async () => {
    first = database.server();
    second = database.second();
  });

  it("answers 404 on /admin to anyone not signed in as an admin", async () => {
    const response = await fetch(`${first.url}/admin`, { redirect: "manual" });
    expect(response.status).toBe(404);
  });

  it("suspends an app on every process at once, revokes its tokens, and lifts the suspension", async () => {
    const owner = await createDeveloper("Owner");
    const api = apiClient(first.url, await createPat(owner));
    const created = await api("POST", "/clients", { client_name: "Worker", application_type: "m2m" });
    expect(created.status).toBe(201);
    const { client_id: clientId, client_secret: secret } = created.json as {
      client_id: string;
      secret: string;
      client_secret: string;
    };
    const token = async (server: TestServer) =>
      oidc.clientCredentialsGrant(await discover(server.url, clientId, secret));
    expect((await token(first)).access_token).toBeTruthy();
    expect((await token(second)).access_token).toBeTruthy();
    expect(await getDb().oidcPayload.count({ where: { clientId } })).toBeGreaterThan(0);

    const suspended = await cli(["apps", "suspend", "--client-id", clientId, "--reason", "Phishing reports"]);
    expect(suspended.code).toBe(0);
    expect((await oauthError(token(first))).error).toBe("invalid_client");
    expect((await oauthError(token(second))).error).toBe("invalid_client");
    expect(await getDb().oidcPayload.count({ where: { clientId } })).toBe(0);
    const event = await getDb().auditEvent.findFirst({ where: { clientId, action: "app.suspended" } });
    expect(JSON.parse(event!.details)).toEqual({ reason: "Phishing reports" });

    expect((await cli(["apps", "unsuspend", "--client-id", clientId])).code).toBe(0);
    expect((await token(second)).access_token).toBeTruthy();
  });

  it("disables a user: their PATs stop working, and enabling lets them back", async () => {
    const user = await createDeveloper("Disabled");
    const api = apiClient(first.url, await createPat(user));
    expect((await api("GET", "/clients")).status).toBe(200);
    expect((await cli(["users", "disable", "--email", user.email])).code).toBe(0);
    expect((await api("GET", "/clients")).status).toBe(401);
    expect((await cli(["users", "enable", "--email", user.email])).code).toBe(0);
    const row = await getDb().user.findUnique({ where: { id: user.id } });
    expect(row!.disabledAt).toBeNull();
  });
});
