import { expect, test } from "@playwright/test";
import * as oidc from "openid-client";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signedUpContext, submitLogin } from "./support/accounts";
import { discoverApp, screenshots } from "./support/oauth-app";

// RFC 8628: a TV app (openid-client, headless) shows a code; the user types it at /device on
// another device, signs in and consents; the TV's polling then gets tokens.
test("device flow: enter the code at /device, sign in, consent, and the TV gets tokens", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { context: developerContext, page: developerPage } = await signedUpContext(browser, newAccount("TV Maker"));
  // The device grant is opt-in through the REST API (the console session cookie, same origin).
  const clientId = await developerPage.evaluate(async () => {
    const response = await fetch("/clients", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        client_name: "Acme TV",
        application_type: "native",
        redirect_uris: ["http://127.0.0.1/callback"],
        grant_types: ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
      }),
    });
    return (await response.json()).client_id as string;
  });
  await developerContext.close();

  const user = newAccount("Couch Potato");
  await (await signedUpContext(browser, user)).context.close();

  const tv = await discoverApp(baseURL!, clientId);
  const device = await oidc.initiateDeviceAuthorization(tv, { scope: "openid profile" });
  expect(device.verification_uri).toBe(`${baseURL}/device`);
  const polling = oidc.pollDeviceAuthorizationGrant(tv, device);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(device.verification_uri);
  await expect(page.getByRole("heading", { name: "Connect a device" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "device-code");

  await page.getByLabel("Code").fill("WRONG-CODE");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText("That code is not valid");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Code").fill(device.user_code.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Connect Acme TV?" })).toBeVisible();
  await expect(page.getByText(device.user_code)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "device-confirm");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await submitLogin(page, user.email, user.password);
  await expect(page.getByRole("heading", { name: "Acme TV wants to access your" })).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "Your device is connected" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "device-success");

  const tokens = await polling;
  expect(tokens.access_token).toBeTruthy();
  const info = await oidc.fetchUserInfo(tv, tokens.access_token, oidc.skipSubjectCheck);
  expect(info.name).toBe("Couch Potato");
  await context.close();
});
