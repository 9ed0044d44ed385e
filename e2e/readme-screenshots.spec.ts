import { expect, test } from "@playwright/test";
import { mailedLink, newAccount, signedUpContext, signUpThroughLogin } from "./support/accounts";
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

test("README screenshots of a team", async ({ browser, page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1200, height: 760 });
  const stamp = Date.now();
  await signUpThroughLogin(page, { ...newAccount("Ada Lovelace"), email: `ada-${stamp}@example.com` });
  await page.goto("/console/teams/new");
  await page.getByLabel("Name", { exact: true }).fill("Analytical Engines");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(/\/console\/teams\/[^/?]+\?created=1$/);
  const team = new URL(page.url()).pathname;
  await createAppThroughConsole(page, { name: "Engine Dashboard", redirectUris: ["https://engine.example.com/cb"] });
  // Moved into the team from its Settings, as an owner may.
  await page.goto(`${page.url()}/settings`);
  await page.getByRole("button", { name: "Move…" }).click();
  await page.getByRole("button", { name: "Move to Analytical Engines" }).click();
  await expect(page.getByTestId("owned-by")).toBeVisible();

  const charles = { ...newAccount("Charles Babbage"), email: `charles-${stamp}@example.com` };
  const colleague = await signedUpContext(browser, charles);
  const invite = async (email: string, role: string) => {
    await page.goto(`${team}/members`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption(role);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  };
  await invite(charles.email, "developer");
  await colleague.page.goto(await mailedLink(charles.email, "/console/teams/join"));
  await colleague.page.getByRole("button", { name: "Join Analytical Engines" }).click();
  await expect(colleague.page).toHaveURL(/joined=1$/);
  await colleague.context.close();
  await invite(`grace-${stamp}@example.com`, "viewer");
  await page.reload();
  await page.screenshot({ path: "docs/images/team-members.png", fullPage: true });
  await page.goto(team);
  await page.getByRole("button", { name: "Workspace: Analytical Engines" }).click();
  await page.screenshot({ path: "docs/images/workspace-switcher.png" });
});
