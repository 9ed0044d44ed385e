import { expect, type Browser, type Page } from "@playwright/test";
import { newAccount, signedUpContext } from "./accounts";
import { discoverApp } from "./oauth-app";

export type NewApp = {
  name: string;
  type?: "Web application" | "Single-page app" | "Native or mobile app" | "Machine to machine";
  redirectUris?: string[];
  /** API permissions to check, by their (unique) scope value. */
  apiScopes?: string[];
};

/**
 * From the console, registers an app through the "Create app" form and closes the one-time dialog.
 * Returns its client ID and, for confidential apps, the secret read from the dialog.
 */
export async function createAppThroughConsole(page: Page, app: NewApp) {
  await page.goto("/console/clients/new");
  await page.getByRole("radio", { name: app.type ?? "Web application" }).check();
  await page.getByLabel("Name", { exact: true }).fill(app.name);
  if (app.redirectUris) await page.getByLabel("Redirect URIs", { exact: true }).fill(app.redirectUris.join("\n"));
  for (const scope of app.apiScopes ?? []) await page.getByRole("checkbox", { name: scope }).check();
  await page.getByRole("button", { name: "Create app" }).click();
  const dialog = page.getByRole("dialog", { name: `“${app.name}” is registered` });
  await expect(dialog).toBeVisible();
  const clientId = (await dialog.getByTestId("new-client-id").textContent())!.trim();
  const secretField = dialog.getByTestId("new-client-secret");
  const secret = (await secretField.count()) ? (await secretField.textContent())!.trim() : undefined;
  await dialog.getByRole("button", { name: secret ? "I have saved the secret" : "Done" }).click();
  await expect(page).toHaveURL(new RegExp(`/console/clients/${clientId}$`));
  return { clientId, secret };
}

/** On an app's page, opens one of its tabs (Overview, Credentials, Settings, Usage, Activity). */
export async function openAppTab(page: Page, name: "Overview" | "Credentials" | "Settings" | "Usage" | "Activity") {
  const tab = page.getByRole("navigation", { name: "App sections" }).getByRole("link", { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-current", "page");
}

/**
 * A new developer, in a browser of their own, registers `app` through the console and leaves: where
 * specs about an app's end users start. `oauth` is the app's openid-client configuration.
 */
export async function appOfNewDeveloper(browser: Browser, app: NewApp, developer = newAccount("Dev Eloper")) {
  const { context, page } = await signedUpContext(browser, developer);
  const { clientId, secret } = await createAppThroughConsole(page, app);
  const origin = new URL(page.url()).origin;
  await context.close();
  return { clientId, secret, oauth: await discoverApp(origin, clientId, secret) };
}
