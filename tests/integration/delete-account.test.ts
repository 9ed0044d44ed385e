import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { deleteAccount, listAppsDeletedWithAccount } from "@/lib/accounts/users/delete-account";
import { createDeveloper } from "./support/api-fixtures";
import { withSession } from "./support/recent-session";
import { runNinkaCli } from "./support/run-ninka-cli";
import { useServer, type TestServer } from "./support/use-server";

// Deleting an account: a recent sign-in (ARCHITECTURE.md "Step-up"), the address typed, an
// explicit list of the apps going with it, and afterwards nothing of the account still works —
// its apps' credentials included.
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable(),
    (error: unknown) => error as DomainError,
  );

describe("account deletion", () => {
  const database = useServer();
  let server: TestServer;
  beforeAll(async () => {
    server = database.server();
  });

  /** client_credentials at the token endpoint; the HTTP status and error code. */
  async function clientCredentials(clientId: string, secret: string) {
    const response = await fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`,
      },
      body: "grant_type=client_credentials",
    });
    return { status: response.status, error: ((await response.json()) as { error?: string }).error };
  }

  it("needs a recent sign-in, the address typed and every owned app confirmed; then deletes the account, its tokens, sessions and apps", async () => {
    const dev = await createDeveloper("Leaving");
    const created = await createClient(dev, { client_name: "Nightly job", application_type: "m2m" });
    const clientId = created.client.client_id;
    const secret = created.client_secret!;
    await createToken(dev, { name: "ci", scopes: ["clients:read"] });
    const db = getDb();
    await db.oidcPayload.create({ data: { model: "AccessToken", id: randomUUID(), payload: {}, clientId } });
    expect((await clientCredentials(clientId, secret)).status).not.toBe(401);

    // Step-up (lib/accounts/sessions/step-up.ts): no session (a personal access token) or one signed in
    // more than ten minutes ago is refused before anything else.
    const everything = { confirmEmail: dev.email, confirmedAppIds: [clientId] };
    expect((await errorOf(deleteAccount(dev, everything))).code).toBe("STEP_UP_REQUIRED");
    expect((await errorOf(deleteAccount(await withSession(dev, 11 * 60), everything))).code).toBe("STEP_UP_REQUIRED");
    const recent = await withSession(dev);
    expect(
      (await errorOf(deleteAccount(recent, { ...everything, confirmEmail: "someone@example.test" }))).fieldErrors,
    ).toHaveProperty("confirmEmail");
    expect(await listAppsDeletedWithAccount(dev)).toEqual([{ id: clientId, name: "Nightly job" }]);
    const unconfirmed = await errorOf(deleteAccount(recent, { ...everything, confirmedAppIds: [] }));
    expect(unconfirmed.fieldErrors).toHaveProperty("confirmedAppIds");
    expect(await db.user.findUnique({ where: { id: dev.id } })).not.toBeNull();

    await expect(
      deleteAccount(recent, { ...everything, confirmEmail: ` ${dev.email.toUpperCase()} ` }),
    ).resolves.toEqual({ appsDeleted: 1 });
    expect(await db.user.findUnique({ where: { id: dev.id } })).toBeNull();
    expect(await db.client.findUnique({ where: { id: clientId } })).toBeNull();
    expect(await db.personalAccessToken.count({ where: { userId: dev.id } })).toBe(0);
    expect(await db.oidcPayload.count({ where: { OR: [{ accountId: dev.id }, { clientId }] } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "user.deleted", targetId: dev.id } })).toBe(1);
    expect(await clientCredentials(clientId, secret)).toEqual({ status: 401, error: "invalid_client" });
  });

  it("the operator CLI lists what goes, and deletes only with --yes", async () => {
    const dev = await createDeveloper("Offboarded");
    const { client } = await createClient(dev, { client_name: "Old portal", application_type: "m2m" });
    const listed = await runNinkaCli(["users", "delete", "--email", dev.email], database.current().env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${client.client_id}\tOld portal`);
    expect(await getDb().user.findUnique({ where: { id: dev.id } })).not.toBeNull();
    const deleted = await runNinkaCli(["users", "delete", "--email", dev.email, "--yes"], database.current().env);
    expect(deleted.code).toBe(0);
    expect(await getDb().user.findUnique({ where: { id: dev.id } })).toBeNull();
    expect(await getDb().client.findUnique({ where: { id: client.client_id } })).toBeNull();
    expect(
      await getDb().auditEvent.count({ where: { action: "user.deleted", targetId: dev.id, actorKind: "cli" } }),
    ).toBe(1);
  });
});
