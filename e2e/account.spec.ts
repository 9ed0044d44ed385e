import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";

test("changing the password needs the current one and signs out the other browsers only", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const account = newAccount("Mary Jackson");
  await signUpThroughLogin(page, account);

  const other = await (await browser.newContext()).newPage();
  await other.goto("/console");
  await submitLogin(other, account.email, account.password);
  await expect(other).toHaveURL(/\/console$/);

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByText(account.email, { exact: true })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();

  // This browser stays signed in; the other one is sent back to Ninka's login.
  await page.goto("/console");
  await expect(page.getByTestId("signed-in-user")).toHaveText("Mary Jackson");
  await other.goto("/console");
  await expect(other).toHaveURL(/\/interaction\/[^/]+$/);
  await submitLogin(other, account.email, "a brand new passphrase");
  await expect(other).toHaveURL(/\/console$/);
  await other.context().close();
});
