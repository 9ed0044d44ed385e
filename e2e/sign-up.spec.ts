import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";
import { person, useOwnServer } from "./support/own-server";

// Sign-up as the sign-up policy says (ARCHITECTURE.md "Sign-up policy and invitations"). The policy
// is instance-wide, so this spec runs its own Ninka: closing sign-up on the shared e2e server would
// break the specs running beside it.
test.describe.configure({ mode: "serial" });

const admin = person("Grace");
const instance = useOwnServer("sign-up", [{ who: admin, admin: true }]);

async function setSignUpPolicy(browser: Browser, mode: "Closed" | "Listed email domains", domains = "") {
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\//);
  await submitLogin(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/console$/);
  await page.goto("/admin/settings");
  const policy = page.getByRole("group", { name: "Who can create an account" });
  await policy.getByRole("radio", { name: mode }).check();
  if (domains) await page.getByRole("textbox", { name: "Email domains" }).fill(domains);
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  await context.close();
}

async function visitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  await giveOwnAddress(page);
  return page;
}

test("under listed domains, an address elsewhere is refused in one line on the email field", async ({ browser }) => {
  test.setTimeout(90_000);
  await setSignUpPolicy(browser, "Listed email domains", "example.org");
  const page = await visitor(browser);
  await page.goto("/signup");
  // Before anything is typed, the email field says which addresses may sign up.
  await expect(page.getByText("Sign-up is open to addresses at example.org.")).toBeVisible();
  await page.getByLabel("Name").fill("Olivia Outsider");
  await page.getByLabel("Email").fill(`olivia-${randomUUID()}@elsewhere.test`);
  await page.getByLabel("Password").fill(`outsider password ${randomUUID().slice(0, 8)}`);
  await page.getByRole("button", { name: "Create account" }).click();

  // One line says it, on the field that is refused, instead of "open to…" above "limited to…".
  await expect(page.getByText("Sign-up is limited to addresses at example.org.")).toBeVisible();
  await expect(page.getByText(/example\.org/)).toHaveCount(1);
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
  await page.context().close();
});

test("when sign-up is closed, neither the home page nor the login page offers to create an account", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await setSignUpPolicy(browser, "Closed");
  const page = await visitor(browser);
  await page.goto("/");
  await expect(page.getByRole("link", { name: /sign in/i })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveCount(0);
  await expect(page.getByText("New to Ninka?")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/docs");
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveCount(0);
  await page.context().close();
});
