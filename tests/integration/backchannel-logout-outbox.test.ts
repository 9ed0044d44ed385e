import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { endSessions } from "@/lib/accounts/lifecycle/end-sessions";
import { claimBackchannelLogouts, settleBackchannelLogout } from "@/lib/accounts/lifecycle/backchannel-logout-outbox";
import { useTestDatabase } from "./support/use-test-database";

// The back-channel logout outbox in-process, on both databases (ARCHITECTURE.md "Back-channel
// logout"): what endSessions queues, that a claim is taken once however many processes poll, the
// retry schedule, and what the app's activity says when it gives up. Sending is covered end to end
// in backchannel-logout.test.ts.
const SYSTEM = systemActor("backchannel-logout");
const SECOND = 1000;

describe("back-channel logout outbox", () => {
  useTestDatabase();

  async function app(logoutUri: string | null) {
    const id = randomUUID();
    await getDb().client.create({
      data: {
        id,
        applicationType: "web",
        name: "Listener",
        redirectUris: ["https://app.example/cb"],
        postLogoutRedirectUris: [],
        grantTypes: ["authorization_code"],
        scope: "openid",
        tokenEndpointAuthMethod: "client_secret_basic",
        backchannelLogoutUri: logoutUri,
      },
    });
    return id;
  }

  async function session(accountId: string, authorizations: Record<string, { sid: string }>) {
    const id = randomUUID();
    await getDb().oidcPayload.create({
      data: { model: "Session", id, uid: randomUUID(), accountId, payload: { accountId, authorizations } },
    });
  }

  const pending = () => getDb().backchannelLogout.findMany({ orderBy: { sid: "asc" } });
  const events = (clientId: string) =>
    getDb().auditEvent.findMany({ where: { clientId }, select: { action: true, details: true, userId: true } });

  it("ending sessions queues one logout per app with a logout URI, in the same transaction", async () => {
    const [listening, quiet] = [await app("https://app.example/logout"), await app(null)];
    const accountId = randomUUID();
    await session(accountId, { [listening]: { sid: "sid-1" }, [quiet]: { sid: "sid-2" } });
    await session(accountId, { [listening]: { sid: "sid-3" } });
    await session(randomUUID(), { [listening]: { sid: "someone-else" } });

    // A transaction that rolls back queues nothing.
    await expect(
      getDb().$transaction(async (tx) => {
        await endSessions(tx, accountId, { all: true });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await pending()).toEqual([]);

    expect(await getDb().$transaction((tx) => endSessions(tx, accountId, { all: true }))).toBe(2);
    expect(await pending()).toMatchObject([
      { clientId: listening, accountId, sid: "sid-1", attempts: 0 },
      { clientId: listening, accountId, sid: "sid-3", attempts: 0 },
    ]);
    await getDb().backchannelLogout.deleteMany();
  });

  it("claims each attempt once, retries on a schedule and gives up after three with an activity entry", async () => {
    const clientId = await app("https://app.example/logout");
    const accountId = randomUUID();
    const t0 = new Date();
    await getDb().backchannelLogout.create({
      data: { id: randomUUID(), clientId, accountId, sid: "s", attempts: 0, nextAttemptAt: t0, createdAt: t0 },
    });

    // Two processes polling at once: one gets the row.
    const [a, b] = await Promise.all([claimBackchannelLogouts(SYSTEM, t0), claimBackchannelLogouts(SYSTEM, t0)]);
    expect([...a!, ...b!]).toHaveLength(1);
    const [first] = [...a!, ...b!];
    expect(first).toMatchObject({ attempts: 1 });
    await settleBackchannelLogout(SYSTEM, first!, { sent: false, failure: "answered HTTP 500" });
    expect(await claimBackchannelLogouts(SYSTEM, new Date(t0.getTime() + 4 * SECOND))).toEqual([]);

    const [second] = await claimBackchannelLogouts(SYSTEM, new Date(t0.getTime() + 6 * SECOND));
    expect(second).toMatchObject({ attempts: 2 });
    await settleBackchannelLogout(SYSTEM, second!, { sent: false, failure: "answered HTTP 500" });
    expect(await claimBackchannelLogouts(SYSTEM, new Date(t0.getTime() + 30 * SECOND))).toEqual([]);

    const [third] = await claimBackchannelLogouts(SYSTEM, new Date(t0.getTime() + 40 * SECOND));
    expect(third).toMatchObject({ attempts: 3 });
    await settleBackchannelLogout(SYSTEM, third!, { sent: false, failure: "answered HTTP 500" });
    expect(await pending()).toEqual([]);
    expect(await events(clientId)).toEqual([
      {
        action: "app.logout_failed",
        userId: accountId,
        details: JSON.stringify({ attempts: 3, failure: "answered HTTP 500" }),
      },
    ]);
  });

  it("a last attempt that never finished is settled as failed; a dropped one leaves no entry", async () => {
    const [stuck, gone] = [await app("https://app.example/logout"), await app("https://app.example/logout")];
    const past = new Date(Date.now() - SECOND);
    const row = (clientId: string, attempts: number) => ({
      id: randomUUID(),
      clientId,
      accountId: randomUUID(),
      sid: clientId,
      attempts,
      nextAttemptAt: past,
      createdAt: past,
    });
    await getDb().backchannelLogout.createMany({ data: [row(stuck, 3), row(gone, 0)] });
    const claimed = await claimBackchannelLogouts(SYSTEM);
    expect(claimed.map((c) => c.clientId)).toEqual([gone]);
    expect(await events(stuck)).toMatchObject([{ action: "app.logout_failed" }]);
    await settleBackchannelLogout(SYSTEM, claimed[0]!, { dropped: true });
    expect(await pending()).toEqual([]);
    expect(await events(gone)).toEqual([]);
  });
});
