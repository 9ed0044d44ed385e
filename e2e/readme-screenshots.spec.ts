import { test } from "@playwright/test";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { registerApiThroughConsole } from "./support/apis";
import { createAppThroughConsole } from "./support/clients";

// Regenerates the README's screenshots (docs/images/). Not a test: runs only when asked,
// `NINKA_SCREENSHOTS=1 npx playwright test e2e/readme-screenshots.spec.ts`, on a fresh server (the
// API's identifier and scopes are unique across a server).
test.skip(!process.env.NINKA_SCREENSHOTS, "set NINKA_SCREENSHOTS=1 to regenerate the README screenshots");

test("README screenshots", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1200, height: 760 });
  await signUpThroughLogin(page, { ...newAccount("Ada Lovelace"), email: `ada-${Date.now()}@example.com` });
  await createAppThroughConsole(page, {
    name: "Analytical Engine",
    redirectUris: ["https://engine.example.com/callback"],
  });
  await createAppThroughConsole(page, {
    name: "Notes (mobile)",
    type: "Native or mobile app",
    redirectUris: ["com.example.notes:/oauth"],
  });
  const photos = {
    name: "Photos API",
    identifier: "https://api.example.com/photos",
    scopes: [
      { value: "photos.read", description: "See your photo albums" },
      { value: "photos.write", description: "Add pictures to your albums" },
    ],
  };
  const apiId = await registerApiThroughConsole(page, photos);
  await createAppThroughConsole(page, {
    name: "Nightly export",
    type: "Machine to machine",
    apiScopes: [photos.scopes[0]!.value],
  });
  await page.goto("/console");
  await page.screenshot({ path: "docs/images/console-apps.png" });
  await page.goto("/console/clients/new");
  await page.screenshot({ path: "docs/images/console-new-app.png", fullPage: true });
  await page.goto("/console");
  await page.getByRole("link", { name: "Analytical Engine" }).first().click();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "docs/images/console-app-dark.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`/console/apis/${apiId}`);
  await page.screenshot({ path: "docs/images/console-api.png", fullPage: true });
});
