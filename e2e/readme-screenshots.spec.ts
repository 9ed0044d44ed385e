import { test } from "@playwright/test";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";

// Regenerates the README's screenshots (docs/images/). Not a test: runs only when asked,
// `NINKA_SCREENSHOTS=1 npx playwright test e2e/readme-screenshots.spec.ts`.
test.skip(!process.env.NINKA_SCREENSHOTS, "set NINKA_SCREENSHOTS=1 to regenerate the README screenshots");

test("README screenshots", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1200, height: 760 });
  await signUpThroughLogin(page, { ...newAccount("Ada Lovelace"), email: `ada-${Date.now()}@example.com` });
  await createAppThroughConsole(page, { name: "Analytical Engine", redirectUris: ["https://engine.example.com/callback"] });
  await createAppThroughConsole(page, { name: "Notes (mobile)", type: "Native or mobile app", redirectUris: ["com.example.notes:/oauth"] });
  await createAppThroughConsole(page, { name: "Nightly export", type: "Machine to machine" });
  await page.goto("/console");
  await page.screenshot({ path: "docs/images/console-apps.png" });
  await page.goto("/console/clients/new");
  await page.screenshot({ path: "docs/images/console-new-app.png", fullPage: true });
  await page.goto("/console");
  await page.getByRole("link", { name: "Analytical Engine" }).first().click();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "docs/images/console-app-dark.png", fullPage: true });
});
