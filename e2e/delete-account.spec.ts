import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";
import { ageSignIns } from "./support/sessions";

test("delete my account: confirm it's you, type the address in a dialog, then signed out and unable to sign in", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const account = newAccount("Leaving Soon");
  await signUpThroughLogin(page, account);
  // Signed in more than ten minutes ago: the page asks to confirm it's you first.
  ageSignIns(account.email, 11 * 60);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Delete account" })).toBeVisible();
  // Not recently signed in: the card asks to confirm it's you before offering the button.
  await expect(page.getByText(/confirm it's you/i).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete my account…" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Signing in again (prompt=login) on this browser opens the window again, back on /account.
  await page.getByRole("link", { name: "Confirm it's you" }).last().click();
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  // A dialog, as deleting an app is: nothing happens until the address is typed exactly.
  await page.setViewportSize({ width: 390, height: 844 });
  const open = page.getByRole("button", { name: "Delete my account…" });
  await open.click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  const confirm = dialog.getByRole("button", { name: "Delete my account" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${account.email} to confirm`).fill("someone-else@example.test");
  await expect(confirm).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page).toHaveURL(/\/account$/);
  await open.click();
  await expect(dialog.getByLabel(`Type ${account.email} to confirm`)).toHaveValue("");
  await dialog.getByLabel(`Type ${account.email} to confirm`).fill(account.email);
  await confirm.click();
  // A signed-out page says so: no console header, no account pages.
  await expect(page).toHaveURL(/\/account-deleted(\?|$)/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account has been deleted" })).toBeVisible();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await page.goto("/account");
  // Sent to sign in; wait for the redirects to land before the next navigation (one in flight
  // aborted the next goto).
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);

  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await submitLogin(page, account.email, account.password);
  await expect(page.getByText("do not match an account")).toBeVisible();
});
