import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole, openAppTab } from "./support/clients";

// A developer registers and manages apps in the console (/console, /console/clients/…).

test("a developer creates a web app, copies its secret once, edits a redirect URI and deletes the app", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000); // many steps, on a shared 2-core machine
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpThroughLogin(page, newAccount("Margaret Hamilton"));

  // Empty state: says there are no apps and leads to "Create app"; the welcome keeps the user's name.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Margaret Hamilton");
  await expect(page.getByText("No apps yet")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Create app" }).click();
  await expect(page).toHaveURL(/\/console\/clients\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Create an app" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A bad redirect URI: the error shows at the field, and everything typed is still there.
  await page.getByRole("radio", { name: "Web application" }).check();
  await page.getByLabel("Name", { exact: true }).fill("Acme Dashboard");
  await page.getByLabel("Redirect URIs", { exact: true }).fill("http://example.com/cb");
  await page.getByRole("checkbox", { name: /Stay connected/ }).check();
  await page.getByLabel("Homepage URL").fill("https://acme.example.com");
  await page.getByRole("button", { name: "Create app" }).click();
  const redirectUris = page.getByLabel("Redirect URIs", { exact: true });
  await expect(page.getByText("http://example.com/cb must use https")).toBeVisible();
  await expect(redirectUris).toHaveAttribute("aria-invalid", "true");
  await expect(redirectUris).toBeFocused();
  await expect(redirectUris).toHaveValue("http://example.com/cb");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Acme Dashboard");
  await expect(page.getByRole("checkbox", { name: /Stay connected/ })).toBeChecked();
  await expect(page.getByLabel("Homepage URL")).toHaveValue("https://acme.example.com");
  await expectNoSeriousA11yViolations(page);

  await redirectUris.fill("https://acme.example.com/callback\nhttp://localhost:3000/callback");
  await page.getByRole("button", { name: "Create app" }).click();

  // The one-time dialog: client ID and secret with copy buttons, and the warning.
  const dialog = page.getByRole("dialog", { name: "“Acme Dashboard” is registered" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("you will not see this secret again");
  const clientId = (await dialog.getByTestId("new-client-id").textContent())!.trim();
  const secret = (await dialog.getByTestId("new-client-secret").textContent())!.trim();
  await dialog.getByRole("button", { name: "Copy secret" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^ninka_cs_/);
  expect(copied).toBe(secret);
  await dialog.getByRole("button", { name: "Copy client ID" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clientId);
  await expectNoSeriousA11yViolations(page);

  // Closing goes to the app's page; the secret is not shown again, only its hint.
  await dialog.getByRole("button", { name: "I have saved the secret" }).click();
  await expect(page).toHaveURL(new RegExp(`/console/clients/${clientId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Acme Dashboard" })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await openAppTab(page, "Credentials");
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: `Secret ending ${secret.slice(-4)}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openAppTab(page, "Settings");
  // Back-channel logout: a URL with a fragment is refused at its field, the choice of sid kept.
  const logoutUrl = page.getByLabel("Back-channel logout URL");
  const withSid = page.getByRole("checkbox", { name: /Include the session id/ });
  await logoutUrl.fill("https://acme.example.com/logout#now");
  await withSid.check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("The back-channel logout URL must not contain a fragment (#…)")).toBeVisible();
  await expect(withSid).toBeChecked();
  await logoutUrl.fill("https://acme.example.com/backchannel-logout");

  // Edit a redirect URI; it is saved and still there after a reload.
  await page
    .getByLabel("Redirect URIs", { exact: true })
    .fill("https://acme.example.com/oauth/callback\nhttp://localhost:3000/callback");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Redirect URIs", { exact: true })).toHaveValue(
    "https://acme.example.com/oauth/callback\nhttp://localhost:3000/callback",
  );
  await expect(page.getByRole("checkbox", { name: /Stay connected/ })).toBeChecked();
  await expect(logoutUrl).toHaveValue("https://acme.example.com/backchannel-logout");
  await expect(withSid).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  // The list shows it with its type, client ID (copyable), created and last used.
  await page.getByRole("link", { name: "← Apps" }).click();
  const item = page.getByRole("listitem", { name: "Acme Dashboard" });
  await expect(item).toContainText("Web application");
  await expect(item).toContainText(clientId);
  await expect(item).toContainText("Never");
  await expect(item.getByRole("button", { name: "Copy client ID of Acme Dashboard" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Delete asks for the app's name; nothing happens until it is typed exactly.
  await item.getByRole("link", { name: "Acme Dashboard" }).click();
  await openAppTab(page, "Settings");
  await page.getByRole("button", { name: "Delete app" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “Acme Dashboard”?" });
  const deleteButton = confirm.getByRole("button", { name: "Delete this app" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel("Type “Acme Dashboard” to confirm").fill("Acme");
  await expect(deleteButton).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByLabel("Type “Acme Dashboard” to confirm").fill("Acme Dashboard");
  await deleteButton.click();
  await expect(page).toHaveURL(/\/console\?deleted=/);
  await expect(page.getByText("“Acme Dashboard” was deleted")).toBeVisible();
  await expect(page.getByText("No apps yet")).toBeVisible();

  const gone = await page.goto(`/console/clients/${clientId}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "App not found" })).toBeVisible();
});

test("another developer's app is not found, nor found by a search; the owner searches their apps", async ({
  page,
  browser,
}) => {
  await signUpThroughLogin(page, newAccount("Owner"));
  const { clientId } = await createAppThroughConsole(page, {
    name: "Private app",
    redirectUris: ["https://private.example.com/cb"],
  });

  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    await signUpThroughLogin(stranger, newAccount("Stranger"));
    const response = await stranger.goto(`/console/clients/${clientId}`);
    expect(response?.status()).toBe(404);
    await expect(stranger.getByRole("heading", { name: "App not found" })).toBeVisible();
    await expect(stranger.getByText("Private app")).toHaveCount(0);
    await expectNoSeriousA11yViolations(stranger);
  } finally {
    await other.close();
  }

  // The owner finds it by the start of its name or its client ID; a search finds nobody else's.
  await page.goto("/console");
  const search = page.getByRole("searchbox", { name: "Find an app by the start of its name or its client ID" });
  await search.fill("Private");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/console\?q=Private$/);
  await expect(page.getByRole("link", { name: "Private app" })).toBeVisible();
  await search.fill("Nothing like it");
  await search.press("Enter");
  await expect(page.getByText("No apps match")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/console?q=${clientId}`);
  await expect(page.getByRole("link", { name: "Private app" })).toBeVisible();
  await page.goto("/console?q=Pri%00");
  await expect(page.getByRole("alert").filter({ hasText: "That search or page link is not valid" })).toBeVisible();
});

test("a single-page app has no secret and says it uses PKCE (phone, dark mode, keyboard)", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await signUpThroughLogin(page, newAccount());
  await page.goto("/console/clients/new");

  // By keyboard: arrow keys choose the type, typing fills the fields, Enter in a text field submits.
  await page.getByRole("radio", { name: "Web application" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Single-page app" })).toBeChecked();
  await page.getByLabel("Redirect URIs", { exact: true }).fill("http://localhost:5173/callback");
  await page.getByLabel("Name", { exact: true }).focus();
  await page.keyboard.type("Acme SPA");
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: "“Acme SPA” is registered" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("PKCE");
  await expect(dialog.getByTestId("new-client-secret")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape"); // closing by Escape also goes on to the app's page
  await expect(page).toHaveURL(/\/console\/clients\/[0-9a-f]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Acme SPA" })).toBeVisible();
  await expect(page.getByText("this app has none")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Client secrets" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Credentials" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
