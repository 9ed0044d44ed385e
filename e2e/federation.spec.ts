import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { startUpstreamProvider } from "../tests/integration/support/upstream-provider";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, signedInContext, submitLogin } from "./support/accounts";
import { person, useOwnServer } from "./support/own-server";

// Sign-in through another identity provider (ARCHITECTURE.md "Federation") in Chromium, against
// real OpenID providers the spec starts (node-oidc-provider with its development login pages, two
// of them: two issuers). Its own Ninka: connections and the sign-up policy are instance-wide, and
// NINKA_OUTBOUND_ALLOW must name the upstreams.
test.describe.configure({ mode: "serial" });

type Upstream = Awaited<ReturnType<typeof startUpstreamProvider>>;
const SECRET = "upstream-secret";
const admin = person("Grace");
let upstream: Upstream;
let partner: Upstream;
test.beforeAll(async () => {
  upstream = await startUpstreamProvider();
  partner = await startUpstreamProvider();
  Object.assign(instance.env, { NINKA_OUTBOUND_ALLOW: `${upstream.host},${partner.host}` });
});
const instance = useOwnServer("federation", [{ who: admin, admin: true }]);
// "Upstream" and "Second IdP" may create accounts; "Partner" (another issuer) only links.
const CONNECTIONS = [
  { name: "Upstream", provider: () => upstream, createAccounts: true },
  { name: "Second IdP", provider: () => upstream, createAccounts: true },
  { name: "Partner", provider: () => partner, createAccounts: false },
];
const connections: Record<string, string> = {};
const clientIdOf = (name: string) => name.toLowerCase().replace(/\W+/g, "-");
test.beforeAll(async () => {
  for (const { name, provider, createAccounts } of CONNECTIONS) {
    const added = await runNinkaCli(
      [
        "connections",
        "add",
        "--name",
        name,
        "--issuer",
        provider().issuer,
        "--client-id",
        clientIdOf(name),
        "--client-secret-stdin",
      ].concat(createAccounts ? ["--create-accounts"] : []),
      instance.env,
      SECRET,
    );
    expect(added.code, added.stderr).toBe(0);
    connections[name] = added.stdout.trim();
  }
  for (const provider of [upstream, partner]) {
    provider.configure(
      CONNECTIONS.filter((c) => c.provider() === provider).map(({ name }) => ({
        clientId: clientIdOf(name),
        clientSecret: SECRET,
        redirectUri: `${instance.server().url}/connections/${connections[name]}/callback`,
      })),
    );
  }
});
test.afterAll(async () => {
  await upstream?.close();
  await partner?.close();
});

/** A person at the upstream: a fresh subject whose profile says `email` (verified unless told). */
function upstreamPerson(provider: Upstream, name: string, email?: string, emailVerified = true) {
  const sub = `${clientIdOf(name)}-${randomUUID()}`;
  const address = email ?? `${sub}@upstream.test`;
  provider.profiles.set(sub, { email: address, email_verified: emailVerified, name });
  return { sub, email: address, name };
}

/** A new browser (another person) on Ninka's login page, reached as the console's sign-in. */
async function loginPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  return page;
}

/** "Continue with `name`", then the upstream's own login and consent pages as `sub`. */
async function continueWith(page: Page, name: string, sub: string) {
  await page.getByRole("button", { name: `Continue with ${name}` }).click();
  await signInUpstream(page, CONNECTIONS.find((c) => c.name === name)!.provider(), sub);
}

async function signInUpstream(page: Page, provider: Upstream, sub: string) {
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await page.getByPlaceholder("Enter any login").fill(sub);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Whether an account with `email` exists, as an administrator's user search says. */
async function expectNoAccount(adminPage: Page, email: string) {
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(adminPage.getByText("No users found")).toBeVisible();
}

/** The sign-up policy, set in /admin/settings as an administrator does. */
async function setSignUpPolicy(adminPage: Page, mode: "Open" | "Closed") {
  await adminPage.goto("/admin/settings");
  await adminPage.getByRole("group", { name: "Who can create an account" }).getByRole("radio", { name: mode }).check();
  await adminPage.getByRole("button", { name: "Save sign-up policy" }).click();
  await expect(adminPage.getByText(/^Saved\./)).toBeVisible();
}

test("a first sign-in through an upstream provider creates the account and signs in to the console; its only identity cannot be unlinked", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ada = upstreamPerson(upstream, "Ada Upstream");
  const page = await loginPage(browser);
  await expect(page.getByRole("button", { name: "Continue with Upstream" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue with Second IdP" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The README's picture (e2e/readme-screenshots.spec.ts regenerates the others the same way).
  if (process.env.NINKA_SCREENSHOTS) await page.screenshot({ path: "docs/images/login-connections.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);

  await continueWith(page, "Upstream", ada.sub);
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Upstream" })).toBeVisible();

  await page.goto("/account/security");
  const linked = page.getByRole("list", { name: "Linked sign-in providers" });
  await expect(linked).toContainText("Upstream");
  await expect(linked).toContainText(ada.email);
  await linked.getByRole("button", { name: "Unlink Upstream" }).click();
  const ask = page.getByRole("dialog", { name: "Unlink Upstream?" });
  await ask.getByRole("button", { name: "Unlink" }).click();
  await expect(ask.getByText(/only way to sign in to this account/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.context().close();
});

test("a second provider's identity with the same verified address links to the account; then the first can be unlinked", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ada = upstreamPerson(upstream, "Ada Lovelace");
  const first = await loginPage(browser);
  await continueWith(first, "Upstream", ada.sub);
  await expect(first.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
  await first.context().close();

  // Another day, another browser: Partner (another issuer, which creates no accounts) vouches
  // for the same verified address under another name, and signs in to the same account.
  const other = upstreamPerson(partner, "Countess of Lovelace", ada.email.toUpperCase());
  const page = await loginPage(browser);
  await continueWith(page, "Partner", other.sub);
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();

  await page.goto("/account/security");
  const linked = page.getByRole("list", { name: "Linked sign-in providers" });
  await expect(linked.getByRole("listitem")).toHaveCount(2);
  await expect(linked).toContainText("Partner");
  // Partner is a way in now, so the first identity may go.
  await linked.getByRole("button", { name: "Unlink Upstream" }).click();
  await page.getByRole("dialog", { name: "Unlink Upstream?" }).getByRole("button", { name: "Unlink" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Upstream unlinked." })).toBeVisible();
  await expect(linked.getByRole("listitem")).toHaveCount(1);
  await expect(linked).not.toContainText("Upstream");
  // Unlinking signs nothing out, and Upstream is offered to link again.
  await expect(page.getByRole("button", { name: "Link Upstream", exact: true })).toBeVisible();
  await page.goto("/console");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
  await page.context().close();
});

test("an unverified address does not link: the person signs in with their password first, then links it from Account security", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const bob = person("Bob");
  const created = await runNinkaCli(
    ["users", "create", "--email", bob.email, "--name", bob.name, "--password-stdin"],
    instance.env,
    `${bob.password}\n`,
  );
  expect(created.code, created.stderr).toBe(0);
  const unverified = upstreamPerson(partner, "Bob Partner", bob.email, false);
  const page = await loginPage(browser);
  await continueWith(page, "Partner", unverified.sub);
  // Back on the login page, told what to do; nothing was linked or created.
  await expect(page).toHaveURL(/reason=link-first/);
  await expect(
    page.getByText(
      "An account with this email address already exists. Sign in with your password or passkey first, then link Partner under Account security.",
    ),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await submitLogin(page, bob.email, bob.password);
  await expect(page).toHaveURL(/\/console$/);
  await page.goto("/account/security");
  await expect(page.getByText("None linked yet")).toBeVisible();

  // The upstream still knows this browser from the refused attempt: it answers at once.
  await page.getByRole("button", { name: "Link Partner", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  const linked = page.getByRole("list", { name: "Linked sign-in providers" });
  await expect(linked).toContainText("Partner");
  await expect(page.getByRole("button", { name: "Link Partner", exact: true })).toHaveCount(0);
  await page.context().close();

  // From now on that identity signs in to Bob's account.
  const again = await loginPage(browser);
  await continueWith(again, "Partner", unverified.sub);
  await expect(again).toHaveURL(/\/console$/);
  await expect(again.getByRole("heading", { name: `Welcome, ${bob.name}` })).toBeVisible();
  await again.context().close();
});

test("with sign-up closed, a first sign-in through a connection that may create accounts creates none", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page: adminPage } = await signedInContext(browser, instance.server().url, admin);
  await setSignUpPolicy(adminPage, "Closed");
  try {
    const carol = upstreamPerson(upstream, "Carol");
    const page = await loginPage(browser);
    await continueWith(page, "Upstream", carol.sub);
    await expect(page).toHaveURL(/reason=sign-up-closed/);
    await expect(
      page.getByText("Sign-up is closed on this Ninka, so no account can be created with Upstream."),
    ).toBeVisible();
    await page.context().close();
    await expectNoAccount(adminPage, carol.email);
  } finally {
    await setSignUpPolicy(adminPage, "Open");
  }
  await context.close();
});

test("an admin disables a connection in /admin/connections: it leaves the login page, a sign-in through it under way is refused at the callback and creates nothing; adding one through the form names a missing field; editing it renames its button", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Someone is at the upstream's login page, through Second IdP, when the admin disables it.
  const dave = upstreamPerson(upstream, "Dave");
  const visitor = await loginPage(browser);
  await visitor.getByRole("button", { name: "Continue with Second IdP" }).click();
  await expect(visitor).toHaveURL(new RegExp(`^${upstream.issuer}/`));

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

  // The upstream vouches for Dave, but Ninka refuses the answer: a page that says why, with
  // the connection gone from it, and no account.
  await signInUpstream(visitor, upstream, dave.sub);
  await expect(visitor).toHaveURL(/\/interaction\/[^/?]+\?.*reason=disabled/);
  await expect(visitor.getByText("Signing in with that provider is turned off on this Ninka.")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Continue with Upstream" })).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Continue with Second IdP" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor);
  await visitor.context().close();
  await expectNoAccount(page, dave.email);

  // Adding one: the form and the CLI share one schema; a missing client ID is named on its field.
  await page.goto("/admin/connections");
  await page.waitForFunction(() => {
    const field = document.querySelector('select[name="preset"]');
    return Boolean(field) && Object.keys(field!).some((key) => key.startsWith("__reactFiber"));
  });
  // (Each list entry's Edit dialog has fields of the same names.)
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add connection" }) });
  await form.getByLabel("Provider").selectOption("gitlab");
  await expect(form.getByLabel("Button label")).toHaveValue("GitLab");
  await form.getByLabel("Client secret").fill("gitlab-secret");
  await form.getByRole("button", { name: "Add connection" }).click();
  await expect(form.getByText("Enter the client ID.")).toBeVisible();
  await form.getByLabel("Client ID").fill("gitlab-client");
  await form.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByText("Added GitLab. Register this redirect URI at the provider:")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "GitLab" })).toContainText("https://gitlab.com");
  await expectNoSeriousA11yViolations(page);

  // Editing it: the label, account creation, the allowed domains (a bad one named on its field).
  await page.getByRole("listitem", { name: "GitLab" }).getByRole("button", { name: "Edit GitLab" }).click();
  const edit = page.getByRole("dialog", { name: "Edit GitLab" });
  await expect(edit).toContainText("Issuer https://gitlab.com");
  await edit.getByLabel("Button label").fill("GitLab.com");
  await edit.getByLabel("Allowed email domains").fill("not a domain");
  await edit.getByRole("checkbox", { name: "Create accounts on a first sign-in" }).check();
  await edit.getByRole("button", { name: "Save", exact: true }).click();
  await expect(edit.getByText("Enter domains like example.com, one per line.")).toBeVisible();
  await expect(edit.getByLabel("Allowed email domains")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
  await edit.getByLabel("Allowed email domains").fill("example.com");
  await edit.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "GitLab.com saved." })).toBeVisible();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("listitem", { name: "GitLab.com" })).toContainText(
    "Created on a first sign-in · only example.com",
  );
  // On a phone, in the dark theme: nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("admin-connections-phone-dark.png"), fullPage: true });

  const login = await loginPage(browser);
  await expect(login.getByRole("button", { name: "Continue with Upstream" })).toBeVisible();
  await expect(login.getByRole("button", { name: "Continue with Second IdP" })).toHaveCount(0);
  // Each button's mark is decorative: the GitLab preset's brand mark, a generic one's initial.
  const gitLab = login.getByRole("button", { name: "Continue with GitLab.com", exact: true });
  await expect(gitLab.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  const generic = login.getByRole("button", { name: "Continue with Upstream", exact: true });
  await expect(generic.locator('[aria-hidden="true"]')).toHaveText("U");
  await expectNoSeriousA11yViolations(login);
  await login.context().close();
  await context.close();
});

test("the docs have a page per kind of provider, each with the redirect URI to register there", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  const redirect = `${instance.server().url}/connections/<connection id>/callback`;
  await page.goto("/docs/sign-in-connections");
  const nav = page.getByRole("navigation", { name: "Documentation" });
  for (const [label, title] of [
    ["Google", "Sign in with Google"],
    ["Microsoft", "Sign in with Microsoft Entra ID"],
    ["GitLab", "Sign in with GitLab"],
    ["GitHub", "Sign in with GitHub"],
    ["OpenID provider", "Sign in with any OpenID provider"],
  ]) {
    await page.getByRole("main").getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    await expect(page.getByRole("main").getByText(redirect, { exact: true }).first()).toBeVisible();
    await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await nav.getByRole("link", { name: "Sign-in connections" }).click();
  }
  await page.goto("/docs/sign-in-connections/microsoft");
  await expect(page.getByRole("main")).toContainText("https://login.microsoftonline.com/common/v2.0");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto("/docs/sign-in-connections/facebook"))?.status()).toBe(404);
  await context.close();
});
