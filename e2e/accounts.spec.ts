import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpInBrowser, signUpThroughLogin, submitLogin, giveOwnAddress } from "./support/accounts";

test("sign up, land on the console, sign out, and /console asks to sign in again", async ({ page }) => {
  const account = newAccount("Grace Hopper");
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByText("At least 10 characters.")).toBeVisible(); // rules shown up front
  await expectNoSeriousA11yViolations(page);
  await signUpInBrowser(page, account);
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

test("after creating an account, the sign-in that follows has the address filled in, from the console's sign-up or an app's", async ({
  browser,
}) => {
  // From /signup: "Continue to sign in" goes through the console's sign-in to Ninka's login page.
  const fromConsole = newAccount("Katherine Johnson");
  const first = await (await browser.newContext()).newPage();
  await giveOwnAddress(first);
  await first.goto("/signup");
  await first.getByLabel("Name").fill(fromConsole.name);
  await first.getByLabel("Email").fill(fromConsole.email);
  await first.getByLabel("Password").fill(fromConsole.password);
  await first.getByRole("button", { name: "Create account" }).click();
  await expect(first.getByText("Check your email.")).toBeVisible();
  await first.getByRole("button", { name: "Continue to sign in" }).click();
  await expect(first).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(first.getByLabel("Email")).toHaveValue(fromConsole.email);
  await expect(first.getByLabel("Password")).toBeFocused();
  await expectNoSeriousA11yViolations(first);
  await first.getByLabel("Password").fill(fromConsole.password);
  await first.getByRole("button", { name: "Sign in" }).click();
  await expect(first).toHaveURL(/\/console$/);
  await expect(first.getByTestId("signed-in-user")).toHaveText(fromConsole.name);
  await first.context().close();

  // From a sign-in's "Create an account": back to that same sign-in, the address filled in.
  const fromLogin = newAccount("Dorothy Vaughan");
  const second = await (await browser.newContext()).newPage();
  await giveOwnAddress(second);
  await second.goto("/console");
  await expect(second).toHaveURL(/\/interaction\/[^/]+$/);
  const signIn = second.url();
  await second.getByRole("link", { name: "Create an account" }).click();
  await second.getByLabel("Name").fill(fromLogin.name);
  await second.getByLabel("Email").fill(fromLogin.email);
  await second.getByLabel("Password").fill(fromLogin.password);
  await second.getByRole("button", { name: "Create account" }).click();
  await second.getByRole("button", { name: "Continue to sign in" }).click();
  await expect(second).toHaveURL(signIn);
  await expect(second.getByLabel("Email")).toHaveValue(fromLogin.email);
  await second.getByLabel("Password").fill(fromLogin.password);
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second).toHaveURL(/\/console$/);
  await second.context().close();
});

test("an empty sign-up form asks for each field, and says nothing else", async ({ page }) => {
  await giveOwnAddress(page);
  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter a password.")).toBeVisible();
  // Not "must not be your email address" ("" equals ""), nor the rules for a typed value.
  await expect(page.getByText(/must not be your email address/)).toHaveCount(0);
  await expect(page.getByText(/Enter a valid email address|Use at least/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("an unknown interaction shows the friendly expired page with 404", async ({ page }) => {
  const response = await page.goto("/interaction/not-a-real-interaction");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This sign-in link has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to the console" })).toHaveAttribute("href", "/console");
  await expectNoSeriousA11yViolations(page);
});
