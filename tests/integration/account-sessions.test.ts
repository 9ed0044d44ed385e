import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deleteSessions } from "@/lib/sessions/delete-session";
import { listAccountSessions } from "@/lib/sessions/list-account-sessions";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { startServer, type RunningServer } from "./support/start-server";
import { useTestDatabase } from "./support/use-test-database";

// Issue 12 item 5: a user's signed-in browsers (Ninka sessions) with where and when, and signing
// one out, or every other one, so that it must sign in again.
const REDIRECT = "https://app.example/callback";

describe("signed-in browsers", { timeout: 120_000 }, () => {
  const database = useTestDatabase();
  let server: RunningServer;
  let config: oidc.Configuration;

  beforeAll(async () => {
    server = await startServer(database.current().env);
    const api = apiClient(server.url, await createPat(await createDeveloper("Publisher")));
    const created = await api("POST", "/clients", { client_name: "Acme", application_type: "web", redirect_uris: [REDIRECT] });
    config = await discover(server.url, created.json.client_id, created.json.client_secret);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const sessionIds = async (accountId: string) =>
    (await getDb().oidcPayload.findMany({ where: { model: "Session", accountId }, orderBy: { expiresAt: "asc" }, select: { id: true } })).map((row) => row.id);
  const needsLogin = async (browser: Browser) => {
    try {
      await authorize(browser, config, REDIRECT);
      return false;
    } catch (error) {
      if (String(error).includes("no account was given")) return true;
      throw error;
    }
  };

  it("lists each browser with its address and times, never its session id, and signs one or the others out", async () => {
    const user = await createDeveloper("Traveller");
    const [laptop, phone, tablet] = [new Browser(server.url), new Browser(server.url), new Browser(server.url)];
    for (const browser of [laptop, phone, tablet]) await authorize(browser, config, REDIRECT, { account: user });
    const ids = await sessionIds(user.id);
    expect(ids).toHaveLength(3);
    const current = ids[0]!;

    const listed = await listAccountSessions(user, current);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({ current: true, ip: expect.stringMatching(/127\.0\.0\.1/), signedInAt: expect.any(Date), lastSeenAt: expect.any(Date) });
    expect(JSON.stringify(listed)).not.toContain(ids[1]!);
    expect(JSON.stringify(await getDb().sessionDevice.findMany())).not.toContain(ids[1]!);

    // Another user cannot end these sessions; an unknown handle is NOT_FOUND.
    const stranger = await createDeveloper("Stranger");
    await expect(deleteSessions(stranger, listed[1]!.handle, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSessions(user, "nope", current)).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await deleteSessions(user, listed[1]!.handle, current)).toBe(1);
    expect(await sessionIds(user.id)).toHaveLength(2);
    expect(await deleteSessions(user, "others", current)).toBe(1);
    expect(await sessionIds(user.id)).toEqual([current]);
    expect(await getDb().sessionDevice.count({ where: { accountId: user.id } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { action: "session.ended", userId: user.id } })).toBe(2);

    // The two signed-out browsers must sign in again; the current one goes straight through.
    const needs = [];
    for (const browser of [laptop, phone, tablet]) needs.push(await needsLogin(browser));
    expect(needs.filter(Boolean)).toHaveLength(2);
  });
});
