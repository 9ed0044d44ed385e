import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";

// An app's page says where to point an OAuth library: its client ID, the issuer, the discovery
// URL and the endpoints, the same values the discovery document gives.
test("the app page's Overview shows the client ID, issuer, discovery URL and endpoints", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signUpThroughLogin(page, newAccount("Ada Overview"));
  const { clientId } = await createAppThroughConsole(page, {
    name: "Library target",
    redirectUris: ["https://app.example/callback"],
  });
  const overview = page
    .locator("section, div")
    .filter({ has: page.getByRole("heading", { name: "Overview" }) })
    .last();
  const discovery = (await (await page.request.get(`${baseURL}/oauth/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    authorization_endpoint: string;
    token_endpoint: string;
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
  await expectNoSeriousA11yViolations(page);

  // A machine-to-machine app only ever calls the token endpoint.
  await createAppThroughConsole(page, { name: "Nightly worker", type: "Machine to machine" });
  await expect(page.getByLabel("Token endpoint", { exact: true })).toHaveText(discovery.token_endpoint);
  await expect(page.getByLabel("Authorization endpoint", { exact: true })).toHaveCount(0);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
});
