import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin, giveOwnAddress } from "./support/accounts";

test("sign up, land on the console, sign out, and /console asks to sign in again", async ({ page }) => {
  const account = newAccount("Grace Hopper");
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByText("At least 10 characters.")).toBeVisible(); // rules shown up front
  await expectNoSeriousA11yViolations(page);
  await signUpThroughLogin(page, account);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Grace Hopper");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grace Hopper");
  await expect(
    page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Access tokens" }),
  ).toHaveAttribute("href", "/console/tokens");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(page.getByLabel("Password")).toBeVisible();

  // Signing in again with the password works and returns to the page asked for.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await submitLogin(page, account.email.toUpperCase(), account.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(account.email, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("sign-up refuses a common password, and answers a taken email like a new one (no enumeration)", async ({
  page,
}) => {
  const account = newAccount();
  await signUpThroughLogin(page, account);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);

  await giveOwnAddress(page);
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(`  ${account.email.toUpperCase()} `);
  await page.getByLabel("Password").fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(account.email.toUpperCase()); // kept (the browser trims email inputs)

  await page.getByLabel("Password").fill("a much better passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email.")).toBeVisible();
  await expect(page.getByText("already")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("an unknown interaction shows the friendly expired page with 404", async ({ page }) => {
  const response = await page.goto("/interaction/not-a-real-interaction");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This sign-in link has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to the console" })).toHaveAttribute("href", "/console");
  await expectNoSeriousA11yViolations(page);
});
