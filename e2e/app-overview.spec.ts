import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole, openAppTab } from "./support/clients";

// Times show in the viewer's own zone: this browser is far from the server's UTC.
test.use({ timezoneId: "Pacific/Auckland" });

// An app's page says where to point an OAuth library: its client ID, the issuer, the discovery
// URL and the endpoints, the same values the discovery document gives, and offers them as JSON.
test("the app page's Overview shows the client ID, issuer, discovery URL and endpoints, and downloads them as JSON", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signUpThroughLogin(page, newAccount("Ada Overview"));
  const { clientId, secret } = await createAppThroughConsole(page, {
    name: "Library target",
    redirectUris: ["https://app.example/callback"],
  });
  const overview = page
    .locator("section, div")
    .filter({ has: page.getByRole("heading", { name: "Overview" }) })
    .filter({ has: page.getByLabel("Issuer", { exact: true }) })
    .last();
  const discovery = (await (await page.request.get(`${baseURL}/oauth/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    authorization_endpoint: string;
    token_endpoint: string;
    jwks_uri: string;
  };
  expect(discovery.issuer).toBe(`${baseURL}/oauth`);
  await expect(overview.getByLabel("Client ID", { exact: true })).toHaveText(clientId);
  await expect(overview.getByLabel("Issuer", { exact: true })).toHaveText(discovery.issuer);
  await expect(overview.getByLabel("Discovery URL", { exact: true })).toHaveText(
    `${discovery.issuer}/.well-known/openid-configuration`,
  );
  await expect(overview.getByLabel("Authorization endpoint", { exact: true })).toHaveText(
    discovery.authorization_endpoint,
  );
  await expect(overview.getByLabel("Token endpoint", { exact: true })).toHaveText(discovery.token_endpoint);
  await expect(overview.getByRole("button", { name: "Copy issuer" })).toBeVisible();
  // Created a moment ago, said so; the exact time in the viewer's zone on hover.
  const created = overview.locator("time").first();
  await expect(created).toHaveText("just now");
  await expect(created).toHaveAttribute("title", /GMT\+1[23]/);
  await expectNoSeriousA11yViolations(page);

  // Download JSON: the public configuration, the discovery document's values, never the secret.
  const downloading = page.waitForEvent("download");
  await overview.getByRole("link", { name: "Download JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${clientId}.json`);
  const text = await readFile((await download.path())!, "utf8");
  expect(text).not.toContain(secret!);
  expect(text).not.toMatch(/secret"/);
  expect(JSON.parse(text)).toMatchObject({
    client_id: clientId,
    client_name: "Library target",
    issuer: discovery.issuer,
    authorization_endpoint: discovery.authorization_endpoint,
    token_endpoint: discovery.token_endpoint,
    jwks_uri: discovery.jwks_uri,
    redirect_uris: ["https://app.example/callback"],
  });

  // The page is in tabs, each its own address: the current one marked, the others one Tab away.
  const tabs = page.getByRole("navigation", { name: "App sections" });
  await expect(tabs.getByRole("link")).toHaveText(["Overview", "Credentials", "Settings", "Usage", "Activity"]);
  await expect(tabs.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await tabs.getByRole("link", { name: "Overview" }).focus();
  await page.keyboard.press("Tab");
  await expect(tabs.getByRole("link", { name: "Credentials" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/console/clients/${clientId}/credentials$`));
  await expect(page.getByRole("heading", { name: "Client secrets" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Overview" })).toHaveCount(0);
  await openAppTab(page, "Settings");
  await expect(page.getByLabel("Redirect URIs", { exact: true })).toBeVisible();
  // Deleting is the last thing on Settings.
  const deleteButton = page.getByRole("button", { name: "Delete app" });
  const save = page.getByRole("button", { name: "Save changes" });
  expect((await deleteButton.boundingBox())!.y).toBeGreaterThan((await save.boundingBox())!.y);
  await openAppTab(page, "Activity");
  await expect(page.getByRole("list", { name: "Activity" }).getByText("App created")).toBeVisible();
  await expect(page.getByRole("list", { name: "Activity" }).locator("time").first()).toHaveText(/just now|minute/);
  await openAppTab(page, "Usage");
  await expect(page.getByText(/No traffic/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Without JavaScript the tabs are plain links, and a phone scrolls the bar sideways, never the page.
  const noScript = await page
    .context()
    .browser()!
    .newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
      viewport: { width: 390, height: 844 },
      colorScheme: "dark",
    });
  try {
    const phone = await noScript.newPage();
    await phone.goto(`/console/clients/${clientId}`);
    const phoneTabs = phone.getByRole("navigation", { name: "App sections" });
    await phoneTabs.getByRole("link", { name: "Activity" }).click();
    await expect(phone).toHaveURL(new RegExp(`/console/clients/${clientId}/activity$`));
    await expect(phoneTabs.getByRole("link", { name: "Activity" })).toHaveAttribute("aria-current", "page");
    await expect(phone.getByRole("list", { name: "Activity" }).getByText("App created")).toBeVisible();
  } finally {
    await noScript.close();
  }

  // A machine-to-machine app only ever calls the token endpoint.
  await createAppThroughConsole(page, { name: "Nightly worker", type: "Machine to machine" });
  await expect(page.getByLabel("Token endpoint", { exact: true })).toHaveText(discovery.token_endpoint);
  await expect(page.getByLabel("Authorization endpoint", { exact: true })).toHaveCount(0);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(tabs.getByRole("link", { name: "Activity" })).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
});
