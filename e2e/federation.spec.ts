import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { startUpstreamProvider } from "../tests/integration/support/upstream-provider";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, signedInContext } from "./support/accounts";
import { person, useOwnServer } from "./support/own-server";

// Sign-in through another identity provider (ARCHITECTURE.md "Federation") in Chromium, against a
// real OpenID provider the spec starts (node-oidc-provider with its development login pages). Its
// own Ninka: connections are instance-wide, and NINKA_OUTBOUND_ALLOW must name the upstream.
test.describe.configure({ mode: "serial" });

const SECRET = "upstream-secret";
const admin = person("Grace");
let upstream: Awaited<ReturnType<typeof startUpstreamProvider>>;
test.beforeAll(async () => {
  upstream = await startUpstreamProvider();
  Object.assign(instance.env, { NINKA_OUTBOUND_ALLOW: upstream.host });
});
const instance = useOwnServer("federation", [{ who: admin, admin: true }]);
const connections: Record<string, string> = {};
const clientIdOf = (name: string) => name.toLowerCase().replace(/\W+/g, "-");
test.beforeAll(async () => {
  for (const name of ["Upstream", "Second IdP"]) {
    const added = await runNinkaCli(
      [
        "connections",
        "add",
        "--name",
        name,
        "--issuer",
        upstream.issuer,
        "--client-id",
        clientIdOf(name),
        "--client-secret-stdin",
      ].concat(name === "Upstream" ? ["--create-accounts"] : []),
      instance.env,
      SECRET,
    );
    expect(added.code, added.stderr).toBe(0);
    connections[name] = added.stdout.trim();
  }
  upstream.configure(
    Object.entries(connections).map(([name, id]) => ({
      clientId: clientIdOf(name),
      clientSecret: SECRET,
      redirectUri: `${instance.server().url}/connections/${id}/callback`,
    })),
  );
});
test.afterAll(async () => {
  await upstream?.close();
});

test("a first sign-in through an upstream provider creates the account and signs in to the console; its only identity cannot be unlinked", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const sub = `ada-${randomUUID()}`;
  const email = `${sub}@upstream.test`;
  upstream.profiles.set(sub, { email, email_verified: true, name: "Ada Upstream" });
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(page.getByRole("button", { name: "Continue with Upstream" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue with Second IdP" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The README's picture (e2e/readme-screenshots.spec.ts regenerates the others the same way).
  if (process.env.NINKA_SCREENSHOTS) await page.screenshot({ path: "docs/images/login-connections.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Continue with Upstream" }).click();
  await expect(page).toHaveURL(new RegExp(`^${upstream.issuer}/`));
  await page.getByPlaceholder("Enter any login").fill(sub);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Upstream" })).toBeVisible();

  await page.goto("/account/security");
  const linked = page.getByRole("list", { name: "Linked sign-in providers" });
  await expect(linked).toContainText("Upstream");
  await expect(linked).toContainText(email);
  await linked.getByRole("button", { name: "Unlink Upstream" }).click();
  const ask = page.getByRole("dialog", { name: "Unlink Upstream?" });
  await ask.getByRole("button", { name: "Unlink" }).click();
  await expect(ask.getByText(/only way to sign in to this account/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("an admin disables a connection in /admin/connections and it leaves the login page; adding one through the form names a missing field", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, instance.server().url, admin);
  await page.goto("/admin/connections");
  await expect(page.getByRole("heading", { name: "Sign-in connections", level: 1 })).toBeVisible();
  const second = page.getByRole("listitem", { name: "Second IdP" });
  await expect(second.getByText(`/connections/${connections["Second IdP"]}/callback`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await second.getByRole("button", { name: "Disable Second IdP" }).click();
  await page.getByRole("dialog", { name: "Disable Second IdP?" }).getByRole("button", { name: "Disable" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Second IdP disabled." })).toBeVisible();
  await expect(second.getByText("Disabled", { exact: true })).toBeVisible();

  // Adding one: the form and the CLI share one schema; a missing client ID is named on its field.
  await page.waitForFunction(() => {
    const field = document.querySelector('select[name="preset"]');
    return Boolean(field) && Object.keys(field!).some((key) => key.startsWith("__reactFiber"));
  });
  await page.getByLabel("Provider").selectOption("gitlab");
  await expect(page.getByLabel("Button label")).toHaveValue("GitLab");
  await page.getByLabel("Client secret").fill("gitlab-secret");
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByText("Enter the client ID.")).toBeVisible();
  await page.getByLabel("Client ID").fill("gitlab-client");
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByText("Added GitLab. Register this redirect URI at the provider:")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "GitLab" })).toContainText("https://gitlab.com");
  await expectNoSeriousA11yViolations(page);
  // On a phone, in the dark theme: nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("admin-connections-phone-dark.png"), fullPage: true });

  const visitor = await browser.newContext({ baseURL: instance.server().url });
  const login = await visitor.newPage();
  await login.goto("/console");
  await expect(login.getByRole("button", { name: "Continue with Upstream" })).toBeVisible();
  await expect(login.getByRole("button", { name: "Continue with Second IdP" })).toHaveCount(0);
  await expect(login.getByRole("button", { name: "Continue with GitLab" })).toBeVisible();
  await visitor.close();
  await context.close();
});
