import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";

test("enrol TOTP → sign out → sign in asks for the code → a recovery code works once", async ({ page }) => {
  test.setTimeout(120_000);
  const account = newAccount("Grace Hopper");
  await signUpThroughLogin(page, account);

  await page.goto("/account/security");
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Code from the app").fill(await generate({ secret: key }));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10); // wait: allTextContents does not
  const codes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "I have saved them" }).click();
  await expect(page.getByText("10 recovery codes left")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const signInWith = async (code: string) => {
    await page.context().clearCookies();
    await page.goto("/console");
    await submitLogin(page, account.email, account.password);
    await expect(page).toHaveURL(/\/second-step/);
    await page.getByLabel("Code").fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
  };
  await signInWith(codes[0]!);
  await expect(page).toHaveURL(/\/console$/);
  await signInWith(codes[0]!);
  await expect(page.getByText("That code is not right.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The next time step's code (the enrolment code's step is spent).
  await page.getByLabel("Code").fill(await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/console$/);
});
