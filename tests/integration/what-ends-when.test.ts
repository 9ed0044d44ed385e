import * as oidc from "openid-client";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signOutUserEverywhere } from "@/lib/portal/admin/update-user-access";
import { transferClient } from "@/lib/portal/admin/transfer-client";
import { getDb } from "@/lib/kernel/db/client";
import { deleteSessions } from "@/lib/accounts/sessions/delete-session";
import { sessionHandle } from "@/lib/accounts/sessions/session-devices";
import { confirmTotpEnrolment, createTotpEnrolment } from "@/lib/accounts/two-step/manage-totp";
import { changePassword } from "@/lib/accounts/users/change-password";
import { deleteAccount } from "@/lib/accounts/users/delete-account";
import { createEmailLink } from "@/lib/accounts/users/email-links";
import { resetPassword } from "@/lib/accounts/users/reset-password";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { publisherApi } from "./support/register-web-app";
import { startAuthorization } from "./support/authorize";
import { Browser, type Page } from "./support/browser";
import { consoleOpens, restStatusByCookie, signInToConsole } from "./support/console-browser";
import { discover, oauthError } from "./support/oauth";
import { withSession } from "./support/recent-session";
import { runNinkaCli } from "./support/run-ninka-cli";
import { startServer, type RunningServer } from "./support/start-server";
import { useServer, type TestServer } from "./support/use-server";

// ARCHITECTURE.md "What ends when", row by row: each event ends what the table says and nothing
// else, on both databases. Two server processes share the database and one NINKA_URL (as behind a
// load balancer): the run's shared server A and a second, B, this file starts; a browser signed in
// through A is checked on B, and disabling runs in a third process (the operator CLI).
const REDIRECT = "https://app.example/callback";
const CLI = { kind: "cli" } as const;

describe("what ends when", { timeout: 240_000 }, () => {
  const database = useServer();
  let a: TestServer;
  let b: RunningServer;
  let config: oidc.Configuration;
  let app: { client_id: string; client_secret: string };

  beforeAll(async () => {
    a = database.server();
    b = await startServer({ ...database.current().env, NINKA_URL: a.url });
    const api = await publisherApi(a.url);
    app = (await api("POST", "/clients", { client_name: "Acme", application_type: "web", redirect_uris: [REDIRECT] }))
      .json;
    config = await discover(a.url, app.client_id, app.client_secret);
  });
  afterAll(async () => {
    await b?.stop();
  });

  /** The uid of the Ninka session a browser holds (its `_session` cookie names the row). */
  async function sessionUidOf(browser: Browser): Promise<string> {
    const id = /(?:^|; )_session=([^;]+)/.exec(browser.cookieHeader("/"))?.[1];
    const row = await getDb().oidcPayload.findFirstOrThrow({ where: { model: "Session", id }, select: { uid: true } });
    return row.uid!;
  }
  /** Browsers signed in to the console through A; returns them and the actor each one's console is. */
  async function signedIn(user: { id: string; email: string; name: string; password: string }, count: number) {
    const browsers = Array.from({ length: count }, () => new Browser(a.url));
    for (const browser of browsers) await signInToConsole(browser, user);
    const actors = await Promise.all(
      browsers.map(async (browser) => ({ ...user, session: { uid: await sessionUidOf(browser) } })),
    );
    for (const browser of browsers) expect(await consoleOpens(browser.at(b.url))).toBe(true);
    return { browsers, actors };
  }
  const onB = (browser: Browser) => browser.at(b.url);
  const disable = async (email: string) =>
    expect((await runNinkaCli(["users", "disable", "--email", email], database.current().env)).code).toBe(0);

  it("signing one browser out ends its Ninka and console sessions on every process, and its device note", async () => {
    const user = await createDeveloper("Two");
    const {
      browsers: [laptop, phone],
      actors: [atLaptop, atPhone],
    } = await signedIn(user, 2);
    expect(await restStatusByCookie(onB(phone!), a.url)).toBe(200);
    expect(await getDb().sessionDevice.count({ where: { sessionUid: atPhone!.session.uid } })).toBe(1);

    expect(await deleteSessions(atLaptop!, sessionHandle(atPhone!.session.uid))).toBe(1);
    expect(await consoleOpens(onB(phone!))).toBe(false);
    expect(await restStatusByCookie(onB(phone!), a.url)).toBe(401);
    expect(await getDb().sessionDevice.count({ where: { sessionUid: atPhone!.session.uid } })).toBe(0);
    expect(await consoleOpens(onB(laptop!))).toBe(true);
  });

  it("signing out everywhere else keeps only the browser asking", async () => {
    const user = await createDeveloper("Three");
    const {
      browsers: [laptop, phone, tablet],
      actors: [atLaptop],
    } = await signedIn(user, 3);
    expect(await deleteSessions(atLaptop!, "others")).toBe(2);
    expect([
      await consoleOpens(onB(laptop!)),
      await consoleOpens(onB(phone!)),
      await consoleOpens(onB(tablet!)),
    ]).toEqual([true, false, false]);
  });

  it("an administrator's sign out everywhere ends every console session of the user", async () => {
    const user = await createDeveloper("Everywhere");
    const { browsers } = await signedIn(user, 2);
    expect(await signOutUserEverywhere(CLI, { email: user.email })).toBe(2);
    for (const browser of browsers) {
      expect(await consoleOpens(onB(browser))).toBe(false);
      expect(await restStatusByCookie(onB(browser), a.url)).toBe(401);
    }
  });

  it("a password change ends the other browsers and every outstanding reset and email-change link", async () => {
    const user = await createDeveloper("Changer");
    const {
      browsers: [laptop, phone],
      actors: [atLaptop],
    } = await signedIn(user, 2);
    const reset = await createEmailLink(getDb(), "reset", user.id, user.email);
    const change = await createEmailLink(getDb(), "change", user.id, `new-${user.email}`);
    await changePassword(atLaptop!, { currentPassword: user.password, newPassword: `${user.password}-2` });
    expect(await consoleOpens(onB(laptop!))).toBe(true);
    expect(await consoleOpens(onB(phone!))).toBe(false);
    await expect(resetPassword({ token: reset, password: `${user.password}-3` })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(verifyEmail(change)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("a password reset ends every browser and every other reset link", async () => {
    const user = await createDeveloper("Forgetful");
    const { browsers } = await signedIn(user, 2);
    const [first, second] = [
      await createEmailLink(getDb(), "reset", user.id, user.email),
      await createEmailLink(getDb(), "reset", user.id, user.email),
    ];
    await resetPassword({ token: first, password: `${user.password}-new` });
    for (const browser of browsers) expect(await consoleOpens(onB(browser))).toBe(false);
    await expect(resetPassword({ token: second, password: `${user.password}-again` })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("disabling (in another process) ends console sessions, grants, tokens and mailed links; personal access tokens are revoked, not deleted", async () => {
    const user = await createDeveloper("Disabled");
    const { browsers } = await signedIn(user, 1);
    const pat = await createPat(user);
    const { callback, verifier, state } = await authorizeApp(new Browser(a.url), user);
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    await createEmailLink(getDb(), "verify", user.id, user.email);

    await disable(user.email);
    expect(await consoleOpens(onB(browsers[0]!))).toBe(false);
    expect((await apiClient(b.url, pat)("GET", "/clients")).status).toBe(401);
    expect(
      await getDb().personalAccessToken.findMany({ where: { userId: user.id }, select: { revokedAt: true } }),
    ).toEqual([{ revokedAt: expect.any(Date) }]);
    expect(await getDb().oidcPayload.count({ where: { accountId: user.id } })).toBe(0);
    expect(await getDb().emailToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toMatchObject({
      error: "invalid_grant",
    });
  });

  it("a disabled account gets nothing from a sign-in already past its password: the second step is refused", async () => {
    const user = await withSession(await createDeveloper("Midway"));
    const { key } = await createTotpEnrolment(user);
    await confirmTotpEnrolment(user, await generate({ secret: key }));
    const browser = new Browser(a.url);
    const { url } = await startAuthorization(config, REDIRECT);
    let page: Page = await browser.submit(await browser.visit(url.href), "/login", {
      email: user.email,
      password: user.password,
    });
    expect(page.html).toContain("/second-step/verify");
    await disable(user.email);
    page = await browser.submit(page, "/second-step/verify", {
      code: await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + 30 }),
    });
    expect(page.status).not.toBe(0); // never sent back to the app with a code
    expect(page.url).toContain("error=disabled");
    expect(await getDb().oidcPayload.count({ where: { model: "Session", accountId: user.id } })).toBe(0);
  });

  it("a disabled account gets nothing from a consent screen already open", async () => {
    const user = await createDeveloper("Consenting");
    const browser = new Browser(a.url);
    const { url, state } = await startAuthorization(config, REDIRECT);
    const consent = await browser.submit(await browser.visit(url.href), "/login", {
      email: user.email,
      password: user.password,
    });
    expect(consent.html).toContain('/consent"');
    await disable(user.email);
    const answer = await browser.submit(consent, "/consent", { decision: "allow" });
    // Its Ninka session ended with the disable, and the interaction with it: never sent to the app.
    expect(answer.status).toBe(404);
    expect(answer.url.startsWith(REDIRECT)).toBe(false);
    expect(state).toBeTruthy();
    expect(await getDb().oidcPayload.count({ where: { model: "Grant", accountId: user.id } })).toBe(0);
  });

  it("tokens of an account disabled after they were issued are refused at refresh, userinfo and introspection", async () => {
    const user = await createDeveloper("Raced");
    const { callback, verifier, state } = await authorizeApp(new Browser(a.url), user);
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    // Only the flag, as if the disable committed between the exchange and its token write.
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await oauthError(oidc.refreshTokenGrant(config, tokens.refresh_token!))).toMatchObject({
      error: "invalid_grant",
    });
    expect(await oauthError(oidc.fetchUserInfo(config, tokens.access_token, oidc.skipSubjectCheck))).toMatchObject({
      status: 401,
      error: "invalid_token",
    });
    expect(await oidc.tokenIntrospection(config, tokens.access_token)).toMatchObject({ active: false });
  });

  it("deleting the account ends everything it held", async () => {
    const user = await createDeveloper("Leaving");
    const {
      browsers,
      actors: [atBrowser],
    } = await signedIn(user, 1);
    await authorizeApp(new Browser(a.url), user);
    await deleteAccount(atBrowser!, { confirmEmail: user.email, confirmedAppIds: [] });
    expect(await consoleOpens(onB(browsers[0]!))).toBe(false);
    expect(await getDb().oidcPayload.count({ where: { accountId: user.id } })).toBe(0);
    expect(await getDb().sessionDevice.count({ where: { accountId: user.id } })).toBe(0);
  });

  it("a transfer revokes the app's secrets unless the administrator keeps them; tokens and consent stay", async () => {
    const [from, to] = [await createDeveloper("From"), await createDeveloper("To")];
    const api = apiClient(a.url, await createPat(from));
    const m2m = async () =>
      (await api("POST", "/clients", { client_name: "Moving", application_type: "m2m" })).json as {
        client_id: string;
        client_secret: string;
      };
    const revoked = await m2m();
    const kept = await m2m();
    for (const moving of [revoked, kept])
      await oidc.clientCredentialsGrant(await discover(a.url, moving.client_id, moving.client_secret), {});

    await transferClient(CLI, { clientId: revoked.client_id, email: to.email });
    await transferClient(CLI, { clientId: kept.client_id, email: to.email, revokeSecrets: false });
    expect(
      await oauthError(
        oidc.clientCredentialsGrant(await discover(a.url, revoked.client_id, revoked.client_secret), {}),
      ),
    ).toMatchObject({ error: "invalid_client" });
    await oidc.clientCredentialsGrant(await discover(a.url, kept.client_id, kept.client_secret), {});
  });

  /** A signed-in, consented authorization of the test app by `user`; its callback for the exchange. */
  async function authorizeApp(browser: Browser, user: { email: string; password: string }) {
    const { url, verifier, state } = await startAuthorization(config, REDIRECT);
    let page = await browser.submit(await browser.visit(url.href), "/login", {
      email: user.email,
      password: user.password,
    });
    if (page.html.includes('/consent"')) page = await browser.submit(page, "/consent", { decision: "allow" });
    return { callback: new URL(page.url), verifier, state };
  }
});
