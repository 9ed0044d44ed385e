import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";

test("delete my account: the password again, then signed out and unable to sign in", async ({ page }) => {
  const account = newAccount("Leaving Soon");
  await signUpThroughLogin(page, account);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Delete account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Your password").fill("not my password at all");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That is not your password.")).toBeVisible();

  await page.getByLabel("Your password").fill(account.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your account has been deleted")).toBeVisible();

  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await submitLogin(page, account.email, account.password);
  await expect(page.getByText("do not match an account")).toBeVisible();
});
