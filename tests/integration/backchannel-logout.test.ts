import { createServer, type Server } from "node:http";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import * as oidc from "openid-client";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { deleteSessions } from "@/lib/accounts/sessions/delete-session";
import { deleteAccount } from "@/lib/accounts/users/delete-account";
import { signOutUserEverywhere } from "@/lib/portal/admin/update-user-access";
import { createDeveloper } from "./support/api-fixtures";
import { authorize } from "./support/authorize";
import { Browser } from "./support/browser";
import { withSession } from "./support/recent-session";
import { publisherApi, registerWebApp, WEB_APP_REDIRECT } from "./support/register-web-app";
import { runNinkaCli } from "./support/run-ninka-cli";
import { useOwnServer } from "./support/use-own-server";

// OIDC Back-Channel Logout 1.0 on each event that ends a session (ARCHITECTURE.md "Back-channel
// logout"): a tiny listener stands in for the apps and collects the logout tokens POSTed to it,
// through the outbound guard (NINKA_OUTBOUND_ALLOW admits only its port). RP-initiated logout is sent
// by the provider; the other events by the server polling the outbox, which this test process (and
// the CLI, a third process) fills by ending sessions in-process.
const EVENT = "http://schemas.openid.net/event/backchannel-logout";
const CLI = { kind: "cli" } as const;

type Received = { path: string; token: string };
const received: Received[] = [];
/** Statuses a path answers in turn before 200 (the retry test's listener fails first). */
const failFirst = new Map<string, number[]>();
let listener: Server;
let listenerPort = 0;

async function startListener(): Promise<Record<string, string>> {
  listener = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, token: new URLSearchParams(body).get("logout_token") ?? "" });
      res.writeHead(failFirst.get(path)?.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerPort = (listener.address() as { port: number }).port;
  return { NINKA_OUTBOUND_ALLOW: `127.0.0.1:${listenerPort}` };
}

describe("back-channel logout", { timeout: 120_000 }, () => {
  const { server, database } = useOwnServer(startListener);
  const issuer = () => `${server().url}/oauth`;
  const logoutUri = (path: string) => `http://127.0.0.1:${listenerPort}${path}`;
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

  /** Waits for `count` tokens POSTed to `path` (the outbox is polled every couple of seconds). */
  async function tokensAt(path: string, count = 1, within = 20_000): Promise<string[]> {
    const deadline = Date.now() + within;
    for (;;) {
      const tokens = received.filter((r) => r.path === path).map((r) => r.token);
      if (tokens.length >= count || Date.now() > deadline) return tokens;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** The logout token's claims, after checking it as OIDC Back-Channel Logout 1.0 §2.4/§2.6 say. */
  async function verifiedLogoutToken(token: string, clientId: string): Promise<JWTPayload> {
    const jwks = createRemoteJWKSet(new URL(`${issuer()}/jwks`));
    const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: issuer(), audience: clientId });
    expect(protectedHeader.typ).toBe("logout+jwt");
    expect(payload.events).toEqual({ [EVENT]: {} });
    expect(payload).not.toHaveProperty("nonce");
    expect(typeof payload.iat).toBe("number");
    expect(payload.jti).toBeTruthy();
    return payload;
  }

  /** An app listening at `path` (sid required unless told), and a user signed in to it in a browser. */
  async function signedInApp(path: string, { sessionRequired = true } = {}) {
    const app = await registerWebApp(server().url, {
      backchannel_logout_uri: logoutUri(path),
      backchannel_logout_session_required: sessionRequired,
      post_logout_redirect_uris: ["https://app.example/signed-out"],
    });
    const user = await createDeveloper("Listener");
    const browser = new Browser(server().url);
    const auth = await authorize(browser, app.config, WEB_APP_REDIRECT, { account: user });
    const tokens = await oidc.authorizationCodeGrant(app.config, auth.callback, {
      pkceCodeVerifier: auth.verifier,
      expectedState: auth.state,
      idTokenExpected: true,
    });
    const sid = tokens.claims()!.sid as string | undefined;
    return { app, user, browser, idToken: tokens.id_token!, sid };
  }

  const activity = (clientId: string) =>
    getDb().auditEvent.findMany({
      where: { clientId, action: { in: ["app.logout_sent", "app.logout_failed"] } },
      orderBy: { createdAt: "asc" },
    });

  it("RP-initiated logout: the provider sends the token (sub, sid, events, no nonce); an app without a URI gets nothing", async () => {
    const { app, user, browser, idToken, sid } = await signedInApp("/rp");
    expect(sid).toBeTruthy(); // the ID token carries the sid the logout token will name
    // A second app in the same session, without a back-channel logout URI.
    const quiet = await registerWebApp(server().url);
    await authorize(browser, quiet.config, WEB_APP_REDIRECT);

    const url = oidc.buildEndSessionUrl(app.config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: "https://app.example/signed-out",
    });
    const confirm = await browser.visit(url.href);
    await browser.submit(confirm, "/oauth/logout", { logout: "yes" });

    const [token] = await tokensAt("/rp");
    const claims = await verifiedLogoutToken(token!, app.clientId);
    expect(claims).toMatchObject({ sub: user.id, sid });
    // The event is written once the app has answered, a moment after the token reached it.
    await expect
      .poll(() => activity(app.clientId), { timeout: 10_000 })
      .toMatchObject([{ action: "app.logout_sent", userId: user.id }]);
    expect(await activity(quiet.clientId)).toEqual([]);
    expect(await getDb().backchannelLogout.count({ where: { clientId: quiet.clientId } })).toBe(0);
  });

  it("sign out everywhere (the person's own and an administrator's) tells the app through the outbox", async () => {
    const own = await signedInApp("/own");
    expect(await deleteSessions(own.user, "others")).toBe(1);
    const claims = await verifiedLogoutToken((await tokensAt("/own"))[0]!, own.app.clientId);
    expect(claims).toMatchObject({ sub: own.user.id, sid: own.sid });

    // Without session_required the token names the account only.
    const admin = await signedInApp("/admin", { sessionRequired: false });
    expect(await signOutUserEverywhere(CLI, { email: admin.user.email })).toBe(1);
    const adminClaims = await verifiedLogoutToken((await tokensAt("/admin"))[0]!, admin.app.clientId);
    expect(adminClaims.sub).toBe(admin.user.id);
    expect(adminClaims).not.toHaveProperty("sid");
    // The event is written, and the outbox row deleted, once the app has answered: a moment after
    // the token reached it.
    await expect
      .poll(() => activity(admin.app.clientId), { timeout: 10_000 })
      .toMatchObject([{ action: "app.logout_sent", actorKind: "system" }]);
    await expect.poll(() => getDb().backchannelLogout.count(), { timeout: 10_000 }).toBe(0);
  });

  it("disabling (the operator CLI, another process) and deleting the account tell the app", async () => {
    const disabled = await signedInApp("/disabled");
    const cli = await runNinkaCli(["users", "disable", "--email", disabled.user.email], database.current().env);
    expect(cli.code).toBe(0);
    const claims = await verifiedLogoutToken((await tokensAt("/disabled"))[0]!, disabled.app.clientId);
    expect(claims).toMatchObject({ sub: disabled.user.id, sid: disabled.sid });

    const deleted = await signedInApp("/deleted");
    await deleteAccount(await withSession(deleted.user), { confirmEmail: deleted.user.email, confirmedAppIds: [] });
    const deletedClaims = await verifiedLogoutToken((await tokensAt("/deleted"))[0]!, deleted.app.clientId);
    expect(deletedClaims).toMatchObject({ sub: deleted.user.id, sid: deleted.sid });
  });

  it("a listener that answers 500 is tried again, and the activity says after how many attempts", async () => {
    failFirst.set("/flaky", [500]);
    const { app, user } = await signedInApp("/flaky");
    expect(await signOutUserEverywhere(CLI, { email: user.email })).toBe(1);
    const tokens = await tokensAt("/flaky", 2, 30_000);
    expect(tokens).toHaveLength(2);
    await verifiedLogoutToken(tokens[1]!, app.clientId);
    const deadline = Date.now() + 5_000;
    while (!(await activity(app.clientId)).length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const [entry] = await activity(app.clientId);
    expect(entry).toMatchObject({ action: "app.logout_sent" });
    expect(JSON.parse(entry!.details)).toEqual({ attempts: 2 });
  });

  it("refuses a logout URI with a fragment, plain http off loopback, a NUL or on an M2M app; nothing is written", async () => {
    const api = await publisherApi(server().url);
    const before = await getDb().client.count();
    const base = { client_name: "Bad", application_type: "web", redirect_uris: [WEB_APP_REDIRECT] };
    for (const body of [
      { ...base, backchannel_logout_uri: "https://app.example/logout#x" },
      { ...base, backchannel_logout_uri: "http://app.example/logout" },
      { ...base, backchannel_logout_uri: "https://app.example/\u0000" },
      { ...base, backchannel_logout_uri: "/relative" },
      { ...base, backchannel_logout_session_required: "yes" },
      { client_name: "Bad", application_type: "m2m", backchannel_logout_uri: "https://app.example/logout" },
    ]) {
      const answer = await api("POST", "/clients", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.json.errors ?? {}).join(), JSON.stringify(answer.json)).toMatch(/backchannel_logout/);
    }
    expect(await getDb().client.count()).toBe(before);

    const created = await api("POST", "/clients", { ...base, backchannel_logout_uri: "https://app.example/logout" });
    expect(created.json).toMatchObject({
      backchannel_logout_uri: "https://app.example/logout",
      backchannel_logout_session_required: false,
    });
    const discovery = await (await fetch(`${issuer()}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({ backchannel_logout_supported: true, backchannel_logout_session_supported: true });
    expect(discovery).not.toHaveProperty("frontchannel_logout_supported");
  });
});
