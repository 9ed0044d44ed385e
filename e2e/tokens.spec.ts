import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress } from "./support/accounts";

// A signed-in developer manages personal access tokens on /console/tokens.
const PASSWORD = "tokens e2e passphrase";

async function signUpAndSignIn(page: Page) {
  const email = `tokens-${randomUUID()}@example.com`;
  await giveOwnAddress(page);
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Token Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email.")).toBeVisible();
  await page.goto("/console/tokens");
  // Without a console session yet, Ninka's sign-in page asks for the password (the email is known).
  if (!new URL(page.url()).pathname.startsWith("/console")) {
    await page.getByLabel("Password").waitFor();
    const emailField = page.getByLabel("Email");
    if (!(await emailField.inputValue())) await emailField.fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/console/tokens");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Personal access tokens" })).toBeVisible();
}

test("a developer creates a token, sees it once, finds it in the list and revokes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpAndSignIn(page);
  await expect(page.getByText("No tokens yet")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Validation: a name and at least one scope.
  await page.getByRole("checkbox", { name: "clients:read" }).uncheck();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Enter a name")).toBeVisible();
  await expect(page.getByText("Choose at least one scope")).toBeVisible();

  await page.getByLabel("Name").fill("CI deploy");
  await page.getByRole("checkbox", { name: "clients:read" }).check();
  await page.getByRole("checkbox", { name: "clients:write" }).check();
  await page.getByLabel("Expiration").selectOption("90");
  await page.getByRole("button", { name: "Create token" }).click();

  // Shown once, with a copy button and the warning.
  await expect(page.getByText("you will not see it again")).toBeVisible();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^ninka_pat_[0-9A-Za-z]{49}$/);
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expectNoSeriousA11yViolations(page);

  // In the list, by name and hint, with its scopes; the token itself is not on the page any more.
  const item = page.getByRole("listitem", { name: "CI deploy" });
  await expect(item).toBeVisible();
  await expect(item).toContainText(`ninka_pat_…${token.slice(-4)}`);
  await expect(item).toContainText("clients:read");
  await expect(item).toContainText("clients:write");
  await expect(item).toContainText("Never"); // last used
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByText(token)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: "CI deploy" })).toBeVisible();

  // The token works against the API until it is revoked.
  const authorization = { authorization: `Bearer ${token}` };
  expect((await page.request.get("/api/me", { headers: authorization })).status()).toBe(200);

  // Revoking asks first; Cancel (and Escape) keep the token.
  await page.getByRole("button", { name: "Revoke token CI deploy" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke “CI deploy”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("listitem", { name: "CI deploy" })).toBeVisible();

  await page.getByRole("button", { name: "Revoke token CI deploy" }).click();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("listitem", { name: "CI deploy" })).toHaveCount(0);
  await expect(page.getByText("No tokens yet")).toBeVisible();
  expect((await page.request.get("/api/me", { headers: authorization })).status()).toBe(401);
});

test("the tokens page works by keyboard, on a phone, in dark mode", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await signUpAndSignIn(page);

  await page.getByLabel("Name").focus();
  await page.keyboard.type("Laptop script");
  await page.keyboard.press("Enter");
  await expect(page.getByText("you will not see it again")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Token “Laptop script” created" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("listitem", { name: "Laptop script" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
