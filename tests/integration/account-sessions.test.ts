import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { deleteSessions } from "@/lib/accounts/sessions/delete-session";
import { listAccountSessions } from "@/lib/accounts/sessions/list-account-sessions";
import { createDeveloper } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { useServer } from "./support/use-server";
import { registerWebApp, WEB_APP_REDIRECT } from "./support/register-web-app";
import { useBeforeAll } from "./support/use-before-all";

// A user's signed-in browsers (Ninka sessions) with where and when, and signing
// one out, or every other one, so that it must sign in again.
const REDIRECT = WEB_APP_REDIRECT;

describe("signed-in browsers", { timeout: 120_000 }, () => {
  const { server } = useServer();
  const app = useBeforeAll(() => registerWebApp(server().url));

  const sessionUids = async (accountId: string) =>
    (
      await getDb().oidcPayload.findMany({
        where: { model: "Session", accountId },
        orderBy: { expiresAt: "asc" },
        select: { uid: true },
      })
    ).map((row) => row.uid!);
  const needsLogin = async (browser: Browser) => {
    try {
      await authorize(browser, app().config, REDIRECT);
      return false;
    } catch (error) {
      if (String(error).includes("no account was given")) return true;
      throw error;
    }
  };

  it("lists each browser with its address and times, never its session id or uid, and signs one or the others out", async () => {
    const user = await createDeveloper("Traveller");
    const [laptop, phone, tablet] = [new Browser(server().url), new Browser(server().url), new Browser(server().url)];
    for (const browser of [laptop, phone, tablet]) await authorize(browser, app().config, REDIRECT, { account: user });
    const uids = await sessionUids(user.id);
    expect(uids).toHaveLength(3);
    const ids = (
      await getDb().oidcPayload.findMany({ where: { model: "Session", accountId: user.id }, select: { id: true } })
    ).map((row) => row.id);
    // The actor as the console of the first browser sees it (its session's uid).
    const current = { ...user, session: { uid: uids[0]! } };

    const listed = await listAccountSessions(current);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({
      current: true,
      ip: expect.stringMatching(/127\.0\.0\.1/),
      signedInAt: expect.any(Date),
      lastSeenAt: expect.any(Date),
    });
    for (const secret of [...ids, ...uids.slice(1)]) expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(await getDb().sessionDevice.findMany())).not.toContain(ids[1]!);

    // Another user cannot end these sessions; an unknown handle is NOT_FOUND.
    const stranger = await createDeveloper("Stranger");
    await expect(deleteSessions(stranger, listed[1]!.handle)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSessions(current, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await deleteSessions(current, listed[1]!.handle)).toBe(1);
    expect(await sessionUids(user.id)).toHaveLength(2);
    expect(await deleteSessions(current, "others")).toBe(1);
    expect(await sessionUids(user.id)).toEqual([uids[0]]);
    expect(await getDb().sessionDevice.count({ where: { accountId: user.id } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { action: "session.ended", userId: user.id } })).toBe(2);

    // The two signed-out browsers must sign in again; the current one goes straight through.
    const needs = [];
    for (const browser of [laptop, phone, tablet]) needs.push(await needsLogin(browser));
    expect(needs.filter(Boolean)).toHaveLength(2);
  });

  it("keeps a session's device note when oidc-provider re-keys the session at the next sign-in", async () => {
    const user = await createDeveloper("Returning");
    const browser = new Browser(server().url);
    await authorize(browser, app().config, REDIRECT, { account: user });
    const [uid] = await sessionUids(user.id);
    const before = await getDb().oidcPayload.findFirstOrThrow({
      where: { model: "Session", accountId: user.id },
      select: { id: true },
    });
    await authorize(browser, app().config, REDIRECT, { account: user, prompt: "login" });
    const after = await getDb().oidcPayload.findFirstOrThrow({
      where: { model: "Session", accountId: user.id },
      select: { id: true, uid: true },
    });
    expect(after.id).not.toBe(before.id);
    expect(after.uid).toBe(uid);
    expect(await getDb().sessionDevice.count({ where: { sessionUid: uid } })).toBe(1);
  });
});
