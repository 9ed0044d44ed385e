import { randomUUID } from "node:crypto";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/clients/create-client";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { createToken } from "@/lib/personal-access-tokens/create-token";
import { confirmTotpEnrolment, createTotpEnrolment } from "@/lib/two-step/manage-totp";
import { requireSecondStepIfEnrolled } from "@/lib/two-step/verify-second-step";
import { deleteAccount, listAppsDeletedWithAccount } from "@/lib/users/delete-account";
import { createDeveloper } from "./support/api-fixtures";
import { runNinkaCli } from "./support/run-ninka-cli";
import { startServer, type RunningServer } from "./support/start-server";
import { useTestDatabase } from "./support/use-test-database";

// Deleting an account (issue 12 item 6): the password again, an explicit list of the apps going
// with it, and afterwards nothing of the account still works — its apps' credentials included.
const errorOf = (promise: Promise<unknown>) => promise.then(() => expect.unreachable(), (error: unknown) => error as DomainError);
const ip = () => `203.0.113.9-${randomUUID()}`;

describe("account deletion", () => {
  const database = useTestDatabase();
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(database.current().env);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** client_credentials at the token endpoint; the HTTP status and error code. */
  async function clientCredentials(clientId: string, secret: string) {
    const response = await fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}` },
      body: "grant_type=client_credentials",
    });
    return { status: response.status, error: ((await response.json()) as { error?: string }).error };
  }

  it("needs the password, and every owned app confirmed; then deletes the account, its tokens, sessions and apps", async () => {
    const dev = await createDeveloper("Leaving");
    const created = await createClient(dev, { client_name: "Nightly job", application_type: "m2m" });
    const clientId = created.client.client_id;
    const secret = created.client_secret!;
    await createToken(dev, { name: "ci", scopes: ["clients:read"] });
    const db = getDb();
    await db.oidcPayload.create({ data: { model: "Session", id: randomUUID(), payload: {}, accountId: dev.id } });
    await db.oidcPayload.create({ data: { model: "AccessToken", id: randomUUID(), payload: {}, clientId } });
    expect((await clientCredentials(clientId, secret)).status).not.toBe(401);

    expect((await errorOf(deleteAccount(dev, { password: "not it at all", confirmedAppIds: [clientId] }, { ip: ip() }))).fieldErrors).toHaveProperty("password");
    expect(await listAppsDeletedWithAccount(dev)).toEqual([{ id: clientId, name: "Nightly job" }]);
    const unconfirmed = await errorOf(deleteAccount(dev, { password: dev.password, confirmedAppIds: [] }, { ip: ip() }));
    expect(unconfirmed.fieldErrors).toHaveProperty("confirmedAppIds");
    expect(await db.user.findUnique({ where: { id: dev.id } })).not.toBeNull();

    await expect(deleteAccount(dev, { password: dev.password, confirmedAppIds: [clientId] }, { ip: ip() })).resolves.toEqual({ appsDeleted: 1 });
    expect(await db.user.findUnique({ where: { id: dev.id } })).toBeNull();
    expect(await db.client.findUnique({ where: { id: clientId } })).toBeNull();
    expect(await db.personalAccessToken.count({ where: { userId: dev.id } })).toBe(0);
    expect(await db.oidcPayload.count({ where: { OR: [{ accountId: dev.id }, { clientId }] } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "user.deleted", targetId: dev.id } })).toBe(1);
    expect(await clientCredentials(clientId, secret)).toEqual({ status: 401, error: "invalid_client" });
  });

  it("a wrong password counts as a failed sign-in (throttled)", async () => {
    const dev = await createDeveloper("Guessed");
    const from = ip();
    let last: DomainError | undefined;
    for (let i = 0; i < 7; i++) last = await errorOf(deleteAccount(dev, { password: `guess ${i}` }, { ip: from }));
    expect(last?.code).toBe("RATE_LIMITED");
    expect(await getDb().user.findUnique({ where: { id: dev.id } })).not.toBeNull();
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
    expect(await getDb().auditEvent.count({ where: { action: "user.deleted", targetId: dev.id, actorKind: "cli" } })).toBe(1);
  });

  it("asks for the second step too when two-step sign-in is on (the account page's action composes it)", async () => {
    const dev = await createDeveloper("Careful");
    const { key } = await createTotpEnrolment(dev);
    await confirmTotpEnrolment(dev, await generate({ secret: key }));
    const withCode = (code: unknown) => ({ ip: ip(), secondStep: (userId: string) => requireSecondStepIfEnrolled(userId, code) });
    expect((await errorOf(deleteAccount(dev, { password: dev.password }, withCode(undefined)))).fieldErrors).toHaveProperty("code");
    expect((await errorOf(deleteAccount(dev, { password: dev.password }, withCode("000000")))).fieldErrors?.code).toEqual(["That code is not right."]);
    expect(await getDb().user.findUnique({ where: { id: dev.id } })).not.toBeNull();
    const next = await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + 30 });
    await expect(deleteAccount(dev, { password: dev.password }, withCode(next))).resolves.toEqual({ appsDeleted: 0 });
    expect(await getDb().user.findUnique({ where: { id: dev.id } })).toBeNull();
    // Without two-step sign-in, no code is asked for.
    const plain = await createDeveloper("Plain");
    await expect(deleteAccount(plain, { password: plain.password }, withCode(undefined))).resolves.toEqual({ appsDeleted: 0 });
  });
});
