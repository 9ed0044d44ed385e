import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { startServer, type RunningServer } from "../tests/integration/support/start-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";

// Issue 13 item 4. The policy is instance-wide, so this spec runs its own Ninka on its own database:
// closing sign-up on the shared e2e server would break the specs running beside it. With no SMTP
// on a loopback URL, mails (links included) go to that server's log, where the test reads them.
test.describe.configure({ mode: "serial" });

let server: RunningServer;
const env = { NINKA_DATA_DIR: `/tmp/ninka-e2e-policy-${randomUUID()}`, DATABASE_URL: "", NINKA_TRUST_PROXY: "1" };
const admin = { email: `admin-${randomUUID()}@example.test`, password: `admin password ${randomUUID().slice(0, 8)}` };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(env);
  const created = await runNinkaCli(["users", "create", "--admin", "--email", admin.email, "--name", "Grace Admin", "--password-stdin"], env, `${admin.password}\n`);
  expect(created.code, created.stderr).toBe(0);
});
test.afterAll(async () => {
  await server?.stop();
});

// /admin answers 404 to anyone not signed in as an admin, so sign in through the console first.
async function signInAsAdmin(page: Page) {
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\//);
  await submitLogin(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/console$/);
  await page.goto("/admin/settings");
}

test("an admin closes sign-up and invites someone, who creates an account from the mailed link", async ({ browser }) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ baseURL: server.url });
  const page = await adminContext.newPage();
  await signInAsAdmin(page);
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Open" })).toBeChecked();

  await page.getByRole("radio", { name: "Closed" }).check();
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  await expect(page.getByText(/Saved\. No one can sign up/)).toBeVisible();

  const invitee = `invitee-${randomUUID()}@example.test`;
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await expect(page.getByRole("listitem", { name: invitee })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Someone without an invitation finds sign-up closed, with no form.
  const visitor = await browser.newContext({ baseURL: server.url });
  const signUp = await visitor.newPage();
  await signUp.goto("/signup");
  await expect(signUp.getByText(/Sign-up is closed on this Ninka/)).toBeVisible();
  await expect(signUp.getByLabel("Password")).toHaveCount(0);
  await expectNoSeriousA11yViolations(signUp);

  // The invited person opens the mailed link: the address is fixed, the account ready at once.
  const link = server.logs().match(/http:\/\/[^\s"\\]+\/signup\?invitation=[\w-]+/)?.[0];
  expect(link, "the invitation mail in the server log").toBeTruthy();
  await signUp.goto(link!);
  await expect(signUp.getByLabel("Email")).toHaveValue(invitee);
  await expect(signUp.getByLabel("Email")).toHaveAttribute("readonly", "");
  await signUp.getByLabel("Name").fill("Ivy Invitee");
  await signUp.getByLabel("Password").fill(`invited password ${randomUUID().slice(0, 8)}`);
  await signUp.getByRole("button", { name: "Create account" }).click();
  await expect(signUp.getByText(`Your account for ${invitee} is ready.`)).toBeVisible();
  await expectNoSeriousA11yViolations(signUp);

  // Used: the link no longer offers a form, and the invitation has left the admin's list.
  await signUp.goto(link!);
  await expect(signUp.getByText(/already used, has expired or was withdrawn/)).toBeVisible();
  await page.reload();
  await expect(page.getByText("No pending invitations")).toBeVisible();
  await visitor.close();
  await adminContext.close();
});

test("the settings page works on a phone in the dark theme", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  await signInAsAdmin(page);
  await page.getByRole("radio", { name: "Listed email domains" }).check();
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  // An empty list is refused with the field named, and the choice is kept.
  await expect(page.getByText("List at least one domain, or choose another option.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Listed email domains" })).toBeChecked();
  await page.getByRole("textbox", { name: "Email domains" }).fill("example.org");
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  await expect(page.getByText(/Saved\. Only addresses at the domains you list/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  if (process.env.NINKA_SCREENSHOTS) await page.screenshot({ path: "docs/images/admin-settings-phone-dark.png", fullPage: true });
  await context.close();
});
