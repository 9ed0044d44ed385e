import { expect, test } from "@playwright/test";
import * as oidc from "openid-client";
import { startServer, type RunningServer } from "../tests/integration/support/start-server";
import { createTestDatabase, type TestDatabase } from "../tests/integration/support/test-database";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";
import { collectPageErrors } from "./support/page-errors";
import { authorizationRequest, discoverApp, exchangeAtCallback, useAppCallback } from "./support/oauth-app";

// The server's log after a whole developer's and app's story (ARCHITECTURE.md "Logs"): no
// password, secret, token, code or cookie it saw appears anywhere in it, every line is one JSON
// record, and every request's line carries the id the response returned in X-Request-Id. The
// server is a process of its own, so that its log holds this story and nothing else.
let db: TestDatabase;
let server: RunningServer;
const callback = useAppCallback();

test.beforeAll(async () => {
  db = await createTestDatabase("sqlite");
  server = await startServer(db.env);
});
test.afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

test("the log holds no secret of a full flow, and every line is JSON with its request id", async ({ browser }) => {
  test.setTimeout(180_000);
  const secrets: Record<string, string> = {};
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  // The pages on the way, consent and sign-out included, work under the CSP (nothing refused).
  const pageErrors = collectPageErrors(page);

  // A developer signs up (after one wrong password), and registers a web app and a machine-to-machine app.
  const account = newAccount("Log Reader");
  secrets.password = account.password;
  await signUpThroughLogin(page, account, { readLog: () => server.logs() });
  const stranger = await (await browser.newContext({ baseURL: server.url })).newPage();
  await stranger.goto("/console");
  secrets.wrongPassword = `wrong ${account.password}`;
  await submitLogin(stranger, account.email, secrets.wrongPassword);
  await expect(stranger.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await stranger.context().close();

  const web = await createAppThroughConsole(page, { name: "Log web", redirectUris: [callback().redirectUri] });
  const m2m = await createAppThroughConsole(page, { name: "Log machine", type: "Machine to machine" });
  secrets.webSecret = web.secret!;
  secrets.m2mSecret = m2m.secret!;

  // A personal access token, used against the REST API.
  await page.goto("/console/tokens");
  await page.getByLabel("Name").fill("log check");
  await page.getByRole("checkbox", { name: "clients:read" }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  secrets.pat = (await page.getByTestId("new-token").textContent())!.trim();
  const listed = await fetch(`${server.url}/clients`, { headers: { authorization: `Bearer ${secrets.pat}` } });
  expect(listed.status).toBe(200);
  const requestId = listed.headers.get("x-request-id")!;

  // client_credentials, and once with a wrong secret.
  const machine = await discoverApp(server.url, m2m.clientId, m2m.secret);
  secrets.clientCredentialsToken = (await oidc.clientCredentialsGrant(machine)).access_token;
  secrets.wrongSecret = `${m2m.secret}x`;
  const refused = await oidc
    .clientCredentialsGrant(await discoverApp(server.url, m2m.clientId, secrets.wrongSecret))
    .catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(oidc.WWWAuthenticateChallengeError); // 401 invalid_client

  // The authorization code flow with PKCE (the developer allows their own app), refresh, userinfo.
  const app = await discoverApp(server.url, web.clientId, web.secret);
  const request = await authorizationRequest(app, callback().redirectUri);
  secrets.verifier = request.verifier;
  await page.goto(request.url);
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await exchangeAtCallback(page, app, request);
  secrets.code = new URL(page.url()).searchParams.get("code")!;
  secrets.accessToken = tokens.access_token;
  secrets.refreshToken = tokens.refresh_token!;
  secrets.idToken = tokens.id_token!;
  const refreshed = await oidc.refreshTokenGrant(app, tokens.refresh_token!);
  secrets.refreshedAccessToken = refreshed.access_token;
  if (refreshed.refresh_token) secrets.refreshedRefreshToken = refreshed.refresh_token;
  await oidc.fetchUserInfo(app, refreshed.access_token, tokens.claims()!.sub);

  // The app signs the user out (RP-initiated logout, the ID token in the query string).
  await page.goto(oidc.buildEndSessionUrl(app, { id_token_hint: tokens.id_token! }).href);
  await expect(page.getByRole("heading", { name: "Sign out of Ninka?" })).toBeVisible();

  // The password changes.
  secrets.newPassword = `${account.password} renewed`;
  await page.goto("/account");
  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password").fill(secrets.newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/Password changed/)).toBeVisible();
  // Every cookie but the interaction's id, which is in the login page's path by design (its
  // .sig companion, checked here, is what makes it worth anything).
  for (const cookie of await context.cookies()) {
    if (!/^_interaction(_resume)?$/.test(cookie.name)) secrets[`cookie ${cookie.name}`] = cookie.value;
  }
  await context.close();
  expect(pageErrors).toEqual([]);
  expect(Object.keys(secrets)).toEqual(
    expect.arrayContaining(["cookie _session", "cookie _session.sig", "cookie next-auth.session-token"]),
  );

  const log = server.logs();
  const leaked = Object.entries(secrets).filter(([, value]) =>
    [value, encodeURIComponent(value)].some((form) => log.includes(form)),
  );
  expect(leaked.map(([name]) => name)).toEqual([]);

  const records = log
    .trim()
    .split("\n")
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${line}`);
      }
    });
  const requests = records.filter((record) => record.msg === "request");
  expect(requests.length).toBeGreaterThan(20);
  for (const record of requests) expect(record.requestId).toEqual(expect.any(String));
  expect(requests.filter((record) => record.requestId === requestId)).toMatchObject([
    { method: "GET", path: "/clients", status: 200 },
  ]);
  // Nothing a request logged lacks its id: the lines without one are the start-up lines, or say
  // which background job wrote them (the maintenance pass may run in the middle of the flow).
  expect(
    records
      .filter((record) => !record.requestId && !record.job)
      .every((record) => records.indexOf(record) < records.indexOf(requests[0]!)),
  ).toBe(true);
});
