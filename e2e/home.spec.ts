import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

test("home page says what Ninka is and links to sign-in and the docs", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("OAuth 2.0 and OpenID Connect");
  await expect(page.getByRole("link", { name: /sign in/i })).toHaveAttribute("href", "/console");
  await expect(page.getByRole("link", { name: /docs/i })).toHaveAttribute("href", "/docs");
  await expectNoSeriousA11yViolations(page);
});

test("home page offers to create an account while sign-up is open (the default)", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { name: "Create your Ninka account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("home page is usable in dark mode on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
