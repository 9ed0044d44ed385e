import { randomUUID } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect, test, type Page } from "@playwright/test";
import { decodeJwt } from "jose";
import { startExampleMcpServer } from "../tests/integration/support/example-mcp-server";
import { MemoryProvider } from "../tests/integration/support/mcp-memory-provider";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { freePort, startServer, type RunningServer } from "../tests/integration/support/start-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";
import { newApi, registerApiThroughConsole } from "./support/apis";
import {
  authorizationRequest,
  discoverApp,
  exchangeAtCallback,
  screenshots,
  startAppCallback,
} from "./support/oauth-app";

// Apps that register themselves (RFC 7591) with a developer's initial access token: the console's
// registration tokens, the app marked "Registered itself", and a consent screen that says so. The
// registration policy is instance-wide, so this spec runs its own Ninka on its own database.
test.describe.configure({ mode: "serial" });

let server: RunningServer;
const env = { NINKA_DATA_DIR: `/tmp/ninka-e2e-dcr-${randomUUID()}`, DATABASE_URL: "", NINKA_TRUST_PROXY: "1" };
const person = (name: string) => ({
  name,
  email: `${name.toLowerCase()}-${randomUUID()}@example.test`,
  password: `${name} password ${randomUUID().slice(0, 8)}`,
});
// An app registering itself (RFC 7591), as an MCP client would: a public client by default.
const register = (metadata: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/oauth/reg`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ token_endpoint_auth_method: "none", ...metadata }),
  });
const developer = person("Dev");
const user = person("Uma");
const admin = person("Ada");

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(env);
  for (const who of [developer, user, admin]) {
    const created = await runNinkaCli(
      [
        "users",
        "create",
        "--email",
        who.email,
        "--name",
        who.name,
        "--password-stdin",
        ...(who === admin ? ["--admin"] : []),
      ],
      env,
      `${who.password}\n`,
    );
    expect(created.code, created.stderr).toBe(0);
  }
});
test.afterAll(async () => {
  await server?.stop();
});

async function signIn(page: Page, who: { email: string; password: string }, path = "/console") {
  await giveOwnAddress(page);
  await page.goto(path);
  await expect(page).toHaveURL(/\/interaction\//);
  await submitLogin(page, who.email, who.password);
}

test("a developer creates a registration token, an app registers with it, and consent says it registered itself", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const devContext = await browser.newContext({ baseURL: server.url });
  const userContext = await browser.newContext({ baseURL: server.url });
  const callback = await startAppCallback();
  try {
    const page = await devContext.newPage();
    await signIn(page, developer);
    await expect(page).toHaveURL(/\/console$/);

    // Under the default policy (off) the page says plainly that there is nothing to create.
    await page.getByRole("link", { name: "Access tokens" }).click();
    await page.getByRole("link", { name: "registration tokens" }).click();
    await expect(page.getByRole("heading", { name: "Registration tokens", level: 1 })).toBeVisible();
    await expect(page.getByText("does not let apps register themselves with a token")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);

    const set = await runNinkaCli(["settings", "dcr", "token"], env);
    expect(set.code, set.stderr).toBe(0);
    await page.reload();
    await expect(page.getByLabel("Registration endpoint")).toHaveText(`${server.url}/oauth/reg`);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "registration-tokens");

    // Created once: the token is in a dialog, with a copy button, and never again.
    await page.getByLabel("Name").fill("Agent connector");
    await page.getByLabel("Expires after").selectOption({ label: "30 days" });
    await page.getByLabel("Registrations").fill("2");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Token “Agent connector” created" });
    await expect(dialog).toBeVisible();
    const token = (await dialog.getByTestId("new-registration-token").textContent())!;
    expect(token).toMatch(/^ninka_iat_/);
    await expect(dialog.getByRole("button", { name: "Copy token" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole("button", { name: "I have saved the token" }).click();
    await expect(dialog).toBeHidden();
    const item = page
      .getByRole("list", { name: "Registration tokens" })
      .getByRole("listitem", { name: "Agent connector" });
    await expect(item.getByText("0 of 2")).toBeVisible();
    expect(await page.content()).not.toContain(token);

    // The app registers itself (RFC 7591), as an MCP client would, with the token.
    const registered = await register(
      { client_name: "Agent Smith", redirect_uris: [callback.redirectUri], scope: "openid email" },
      { authorization: `Bearer ${token}` },
    );
    expect(registered.status).toBe(201);
    const { client_id: clientId } = (await registered.json()) as { client_id: string };

    await page.reload();
    await expect(item.getByText("1 of 2")).toBeVisible();
    await page.goto("/console");
    const apps = page.getByRole("list", { name: "Your apps" });
    await expect(apps.getByRole("listitem", { name: "Agent Smith" }).getByText("Registered itself")).toBeVisible();
    await apps.getByRole("link", { name: "Agent Smith" }).click();
    await expect(page.getByRole("heading", { name: "Agent Smith", level: 1 })).toBeVisible();
    await expect(page.getByText("Registered itself", { exact: true })).toBeVisible();

    // An end user meets it: the consent screen says it registered itself and where it sends them.
    const config = await discoverApp(server.url, clientId);
    const request = await authorizationRequest(config, callback.redirectUri, "openid email");
    const userPage = await userContext.newPage();
    await signIn(userPage, user, request.url);
    await expect(userPage.getByRole("heading", { name: "Agent Smith wants to access your" })).toBeVisible();
    const notice = userPage.getByTestId("self-registered-notice");
    await expect(notice).toContainText("This app registered itself. Ninka has not reviewed it.");
    await expect(notice).toContainText(new URL(callback.redirectUri).host);
    await expectNoSeriousA11yViolations(userPage);
    await userPage.emulateMedia({ colorScheme: "dark" });
    await expectNoSeriousA11yViolations(userPage);
    await screenshots(userPage, "consent-self-registered");
    await userPage.getByRole("button", { name: "Allow" }).click();
    const tokens = await exchangeAtCallback(userPage, config, request);
    expect(tokens.access_token).toBeTruthy();

    // Revoked: it leaves the list; the app it registered stays.
    await page.goto("/console/registration-tokens");
    await page.getByRole("button", { name: "Revoke registration token Agent connector" }).click();
    await page
      .getByRole("dialog", { name: "Revoke “Agent connector”?" })
      .getByRole("button", { name: "Revoke token" })
      .click();
    await expect(page.getByText("No registration tokens")).toBeVisible();
    const again = await register(
      { client_name: "Late", redirect_uris: [callback.redirectUri] },
      { authorization: `Bearer ${token}` },
    );
    expect(again.status).toBe(401);
  } finally {
    await callback.close();
    await devContext.close();
    await userContext.close();
  }
});

test("under the open policy an app registers without a token; /admin/apps filters apps that registered themselves", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const set = await runNinkaCli(["settings", "dcr", "open"], env);
  expect(set.code, set.stderr).toBe(0);
  const name = `Open agent ${randomUUID().slice(0, 6)}`;
  const registered = await register(
    { client_name: name, redirect_uris: ["http://127.0.0.1:9/cb"] },
    { "x-forwarded-for": "198.51.100.77" },
  );
  expect(registered.status).toBe(201);
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    await signIn(page, admin);
    await expect(page).toHaveURL(/\/console$/);
    await page.goto("/admin/apps");
    const filter = page.getByRole("navigation", { name: "Made by" });
    await expect(filter.getByRole("link", { name: "All apps" })).toHaveAttribute("aria-current", "page");
    // By keyboard: the filter is a link reached with Tab and followed with Enter.
    const dynamic = filter.getByRole("link", { name: "Registered themselves" });
    await dynamic.focus();
    await expect(dynamic).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/admin\/apps\?.*origin=dynamic/);
    await expect(filter.getByRole("link", { name: "Registered themselves" })).toHaveAttribute("aria-current", "page");
    const apps = page.getByRole("list", { name: "Apps" });
    const item = apps.getByRole("listitem", { name });
    await expect(item.getByText("No owner · registered itself")).toBeVisible();
    // The app of the first test registered itself too, with a token.
    await expect(apps.getByRole("listitem", { name: "Agent Smith" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await filter.getByRole("link", { name: "All apps" }).click();
    await expect(page).toHaveURL(/\/admin\/apps\?status=all$/);
    await expect(apps.getByRole("listitem", { name })).toBeVisible();
  } finally {
    await context.close();
    expect((await runNinkaCli(["settings", "dcr", "token"], env)).code).toBe(0);
  }
});

test("the Connect an MCP server guide is in the docs", async ({ page }) => {
  await page.goto(`${server.url}/docs`);
  await page
    .getByRole("navigation", { name: "Documentation" })
    .getByRole("link", { name: "Connect an MCP server" })
    .click();
  await expect(page.getByRole("heading", { name: "Connect an MCP server", level: 1 })).toBeVisible();
  await expect(page.getByText('WWW-Authenticate: Bearer resource_metadata="')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
});

test("an API's page shows the RFC 9728 document and the 401 header its MCP server should send", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    await signIn(page, developer);
    // While the server runs on the developer's machine, its identifier may be http on loopback.
    const api = { ...newApi("Notes MCP"), identifier: `http://localhost:4100/mcp-${randomUUID().slice(0, 6)}` };
    await registerApiThroughConsole(page, api);
    const document = JSON.parse((await page.getByTestId("protected-resource-metadata").textContent())!);
    expect(document).toEqual({
      resource: api.identifier,
      authorization_servers: [`${server.url}/oauth`],
      scopes_supported: api.scopes.map((scope) => scope.value),
      bearer_methods_supported: ["header"],
      resource_name: "Notes MCP",
    });
    const wellKnown = `http://localhost:4100/.well-known/oauth-protected-resource/${api.identifier.split("/").at(-1)}`;
    await expect(page.getByLabel("Serve the document at")).toHaveText(wellKnown);
    await expect(page.getByLabel("WWW-Authenticate header of a 401")).toHaveText(
      `Bearer resource_metadata="${wellKnown}"`,
    );
    await expectNoSeriousA11yViolations(page);
    // Dark from the start: switching themes on this page left a CSS transition that never finished,
    // which the a11y helper waits for (seen here; its cause is not pinned down yet).
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await expectNoSeriousA11yViolations(page);
  } finally {
    await context.close();
  }
});

// The MCP SDK's own client (in this test process) meets examples/mcp-server protected by Ninka:
// discovery from the 401 (RFC 9728), registration under the open policy (RFC 7591), the user's
// sign-in and consent in Chromium, a token for the MCP server, a tool it may call and one it may not.
test("an MCP client finds Ninka from its server's 401, registers, and the user consents in Chromium", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const pat = await runNinkaCli(
    ["tokens", "create", "--email", developer.email, "--name", "MCP", "--scopes", "apis:read,apis:write"],
    env,
  );
  expect(pat.code, pat.stderr).toBe(0);
  const tag = randomUUID().slice(0, 6);
  const scopes = { read: `notes-${tag}.read`, write: `notes-${tag}.write` };
  const resource = `http://127.0.0.1:${await freePort()}/mcp`;
  const api = await fetch(`${server.url}/apis`, {
    method: "POST",
    headers: { authorization: `Bearer ${pat.stdout.trim()}`, "content-type": "application/json" },
    body: JSON.stringify({
      name: `Notes ${tag}`,
      identifier: resource,
      scopes: [
        { value: scopes.read, description: "Read your notes" },
        { value: scopes.write, description: "Add notes" },
      ],
    }),
  });
  expect(api.status).toBe(201);
  const mcp = await startExampleMcpServer({
    issuer: `${server.url}/oauth`,
    resource,
    readScope: scopes.read,
    writeScope: scopes.write,
  });
  const callback = await startAppCallback();
  expect((await runNinkaCli(["settings", "dcr", "open"], env)).code).toBe(0);
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const provider = new MemoryProvider(callback.redirectUri);
    const connect = async () => {
      const client = new Client({ name: "e2e", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }));
      return client;
    };
    await expect(connect()).rejects.toThrow(UnauthorizedError);
    const page = await context.newPage();
    await signIn(page, user, provider.authorizationUrl!.href);
    await expect(page.getByTestId("self-registered-notice")).toContainText("This app registered itself.");
    await expect(page.getByText("Read your notes")).toBeVisible();
    await page.getByRole("button", { name: "Allow" }).click();
    await expect(page).toHaveURL(new RegExp(`^${callback.redirectUri}\\?`));
    const code = new URL(page.url()).searchParams.get("code")!;
    await new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }).finishAuth(code);
    expect(decodeJwt(provider.tokens()!.access_token)).toMatchObject({ aud: resource, scope: scopes.read });
    const client = await connect();
    expect((await client.callTool({ name: "list_notes" })).content).toEqual([{ type: "text", text: "Buy milk" }]);
    // add_note needs the write scope, which the user was not asked for: refused.
    await expect(client.callTool({ name: "add_note", arguments: { text: "Call Ada" } })).rejects.toThrow();
    await client.close();
  } finally {
    await context.close();
    await callback.close();
    await mcp.stop();
    expect((await runNinkaCli(["settings", "dcr", "token"], env)).code).toBe(0);
  }
});
