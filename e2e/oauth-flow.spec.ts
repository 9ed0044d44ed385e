import { expect, test } from "@playwright/test";
import * as oidc from "openid-client";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signedUpContext, submitLogin } from "./support/accounts";
import { appOfNewDeveloper } from "./support/clients";
import {
  authorizationRequest,
  exchangeAtCallback,
  oauthErrorCode,
  screenshots,
  useAppCallback,
} from "./support/oauth-app";

const callback = useAppCallback();

// The whole story: a developer registers an app; an end user signs in to it through Ninka, allows
// it, is not asked again, and later removes its access, which ends the app's refresh token.
test("register an app, consent, tokens, no second consent, remove access, refresh fails", async ({ browser }) => {
  test.setTimeout(120_000);
  const appName = `Acme Reader ${Date.now()}`;
  const { secret, oauth: app } = await appOfNewDeveloper(browser, {
    name: appName,
    type: "Web application",
    redirectUris: [callback().redirectUri],
  });
  expect(secret).toBeTruthy();

  // The end user has an account, but is not signed in in this browser.
  const user = newAccount("Eve User");
  await (await signedUpContext(browser, user)).context.close();

  const context = await browser.newContext();
  const page = await context.newPage();

  const first = await authorizationRequest(app, callback().redirectUri);
  await page.goto(first.url);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText(`to continue to ${appName}`)).toBeVisible();
  await submitLogin(page, user.email, user.password);

  await expect(page.getByRole("heading", { name: `${appName} wants to access your` })).toBeVisible();
  // The developer verified their address (creating an app needs it): consent names its domain.
  // An unverified owner is named instead (lib/portal/clients/publisher-name.ts and its unit test).
  await expect(page.getByText("Developed by example.test")).toBeVisible();
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  // Someone else at this browser can use their own account; the page says where either answer goes
  // and links to where access is removed.
  await expect(page.getByRole("link", { name: "Not you? Use another account" })).toHaveAttribute(
    "href",
    /^\/oauth\/authorize\?.*prompt=login/,
  );
  await expect(page.getByText(`Either answer takes you to ${new URL(callback().redirectUri).origin}`)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Connected apps/ })).toHaveAttribute("href", "/account/apps");
  const scopes = page.getByTestId("consent-scopes");
  for (const title of ["Sign you in", "See your name", "See your email address"])
    await expect(scopes.getByText(title)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "consent");
  await page.getByRole("button", { name: "Allow" }).click();

  const tokens = await exchangeAtCallback(page, app, first);
  expect(tokens.access_token).toBeTruthy();
  expect(tokens.refresh_token).toBeTruthy();
  expect(tokens.claims()?.sub).toBeTruthy();

  // The second sign-in to the same app goes straight back to it.
  const second = await authorizationRequest(app, callback().redirectUri, "openid email");
  await page.goto(second.url);
  expect((await exchangeAtCallback(page, app, second)).access_token).toBeTruthy();

  // Connected apps lists it; removing access ends its tokens.
  await page.goto("/account/apps");
  await expect(page.getByRole("heading", { level: 1, name: "Connected apps" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Connected apps" }),
  ).toHaveAttribute("aria-current", "page");
  const entry = page.getByRole("listitem", { name: appName });
  await expect(entry.getByText("See your email address")).toBeVisible();
  await expect(entry.getByText("Last used")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "connected-apps");

  await entry.getByRole("button", { name: "Remove access" }).click();
  const dialog = page.getByRole("dialog", { name: `Remove ${appName}’s access?` });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Remove access" }).click();
  await expect(page.getByText("No connected apps")).toBeVisible();
  await screenshots(page, "connected-apps-empty");

  expect(await oauthErrorCode(oidc.refreshTokenGrant(app, tokens.refresh_token!))).toBe("invalid_grant");
  await context.close();
});

test("more scopes ask again; Cancel returns access_denied to the app; a wrong redirect URI shows Ninka's error page", async ({
  browser,
  baseURL,
}) => {
  const { oauth: app } = await appOfNewDeveloper(browser, {
    name: "Acme Denied",
    type: "Web application",
    redirectUris: [callback().redirectUri],
  });

  const { context: context, page: page } = await signedUpContext(browser, newAccount("Eve User"));

  const first = await authorizationRequest(app, callback().redirectUri, "openid profile");
  await page.goto(first.url);
  await page.getByRole("button", { name: "Allow" }).click();
  await exchangeAtCallback(page, app, first);

  // Asking for more shows the screen again, the new scope marked; Cancel tells the app no.
  const request = await authorizationRequest(app, callback().redirectUri, "openid profile email");
  await page.goto(request.url);
  await expect(page.getByText("Acme Denied already has some access and is asking for more")).toBeVisible();
  await expect(page.locator('[data-scope="email"]')).toContainText("New");
  await expect(page.locator('[data-scope="profile"]')).toContainText("Already allowed");
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "consent-more");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.waitForURL((url) => url.href.startsWith(callback().redirectUri));
  expect(new URL(page.url()).searchParams.get("error")).toBe("access_denied");

  const wrong = new URL(request.url);
  wrong.searchParams.set("redirect_uri", "https://evil.example/cb");
  const response = await page.goto(wrong.href);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "This sign-in request cannot continue" })).toBeVisible();
  // The address the app sent, for its developer to compare (as Google's redirect_uri_mismatch).
  await expect(page.getByText("The app asked to return to https://evil.example/cb")).toBeVisible();
  await expect(page.getByRole("link", { name: "https://evil.example/cb" })).toHaveCount(0);
  expect(page.url()).toContain(baseURL!);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "oauth-error");
  await context.close();
});
