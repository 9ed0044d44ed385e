import { expect, test, type Page } from "@playwright/test";
import { person, useOwnServer } from "./support/own-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, signedInContext, signIn, submitLogin } from "./support/accounts";

// An administrator on /admin/users: never offered to disable or delete themselves, the last
// administrator refused (lib/accounts/users/last-admin.ts) with words the page shows, and every
// confirmation closing on success with one success message (components/ui/toast.tsx), never
// flipping into the opposite question. Its own Ninka on its own database: "the last administrator"
// needs an instance with exactly one.
test.describe.configure({ mode: "serial" });

const admin = person("Grace");
const bob = person("Bob");
const instance = useOwnServer("admins", [{ who: admin, admin: true }, { who: bob }]);

const row = (page: Page, email: string) => page.getByRole("listitem", { name: email });

test("an admin is not offered to disable or delete themselves; confirmations close with a success message", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, instance.server().url, admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(admin.email)}`);
  const own = row(page, admin.email);
  await expect(own.getByText("You", { exact: true })).toBeVisible();
  await expect(own.getByRole("button", { name: /^Disable/ })).toHaveCount(0);
  await expect(own.getByRole("button", { name: /^Delete/ })).toHaveCount(0);

  await page.goto(`/admin/users?q=${encodeURIComponent(bob.email)}`);
  const theirs = row(page, bob.email);
  await theirs.getByRole("button", { name: `Disable ${bob.email}` }).click();
  const ask = page.getByRole("dialog", { name: `Disable ${bob.email}?` });
  await ask.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${bob.email} is disabled.` })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(theirs.getByText("Disabled", { exact: true })).toBeVisible();
  // The button now offers the opposite, but only once asked again.
  await expect(theirs.getByRole("button", { name: `Enable ${bob.email}` })).toBeVisible();
  await expect(page.getByRole("dialog", { name: `Enable ${bob.email}?` })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await theirs.getByRole("button", { name: `Sign out everywhere ${bob.email}` }).click();
  await page
    .getByRole("dialog", { name: `Sign ${bob.email} out everywhere?` })
    .getByRole("button", { name: "Sign out everywhere" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: `${bob.email} is signed out everywhere.` })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("the last administrator cannot delete their own account, and the account page says why", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, instance.server().url, admin);
  await page.goto("/account");
  await page.getByRole("button", { name: "Delete my account…" }).click();
  const deletion = page.getByRole("dialog", { name: "Delete your account?" });
  await deletion.getByLabel(`Type ${admin.email} to confirm`).fill(admin.email);
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await expect(deletion.getByRole("alert").filter({ hasText: "is the last administrator" })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

test("the audit log says whose sign-in failed, filters by day, clears, and exports the view as CSV", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stranger = await browser.newContext({ baseURL: instance.server().url });
  const attempt = await stranger.newPage();
  await giveOwnAddress(attempt);
  await attempt.goto("/console");
  await submitLogin(attempt, bob.email, "not bob's password");
  await expect(attempt.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  await stranger.close();

  const context = await browser.newContext({ baseURL: instance.server().url, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, admin);
  await page.goto("/admin/audit?action=signin.failed");
  const events = page.getByRole("list", { name: "Audit events" });
  const failure = events.getByRole("listitem").filter({ hasText: `Account ${bob.email}` });
  await expect(failure.getByText("By Ninka (sign-in)")).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("From (UTC day)").fill(yesterday);
  await page.getByLabel("To (UTC day)").fill(yesterday);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No event matches these filters.")).toBeVisible();
  await page.getByLabel("To (UTC day)").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(failure).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export as CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("time,action,what,actor,account,app,client_id,ip,user_agent,details");
  expect(text).toContain(`signin.failed,Sign-in failed,Ninka (sign-in),${bob.email}`);
  expect(text).not.toContain("signin.succeeded");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
