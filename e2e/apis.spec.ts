import { expect, test } from "@playwright/test";
import { decodeJwt } from "jose";
import * as oidc from "openid-client";
import { startExampleApi, type ExampleApi } from "../tests/integration/support/example-api";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newApi, registerApiThroughConsole } from "./support/apis";
import { newAccount, signedUpContext, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole, openAppTab } from "./support/clients";
import {
  authorizationRequest,
  discoverApp,
  exchangeAtCallback,
  screenshots,
  useAppCallback,
} from "./support/oauth-app";

const callback = useAppCallback();
const examples: ExampleApi[] = [];
test.afterAll(async () => {
  await Promise.all(examples.map((api) => api.stop()));
});

// The whole story: a developer registers an API with two scopes; another developer's app asks for
// one; an end user allows it on a consent screen naming it; the app calls the API (the example
// resource server, a real process) with its token.
test("register an API, an app asks for one of its scopes, the user consents, the app calls the API", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const api = newApi();
  const { context: owner, page: ownerPage } = await signedUpContext(browser, newAccount("Grace Hopper"));
  await ownerPage.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "APIs" }).click();
  await expect(ownerPage.getByText("No APIs yet")).toBeVisible();
  await expectNoSeriousA11yViolations(ownerPage);
  await ownerPage.goto("/console/apis/new");
  await expectNoSeriousA11yViolations(ownerPage);
  await registerApiThroughConsole(ownerPage, api);
  await expect(ownerPage.getByRole("heading", { level: 1, name: api.name })).toBeVisible();
  await expect(ownerPage.getByLabel("Audience", { exact: true })).toHaveText(api.identifier);
  await expect(ownerPage.getByLabel("JWKS URL")).toHaveText(`${baseURL}/oauth/jwks`);
  await expect(ownerPage.getByLabel("Issuer", { exact: true })).toHaveText(`${baseURL}/oauth`);
  await expect(ownerPage.getByRole("region", { name: "Node.js (jose) example" })).toContainText(
    `audience: "${api.identifier}"`,
  );
  // Python and Go are one click away (closed <details>), filled in with this API's values too.
  for (const language of ["Python (PyJWT)", "Go (lestrrat-go/jwx)"]) {
    await ownerPage.getByText(language, { exact: true }).click();
    await expect(ownerPage.getByRole("region", { name: `${language} example` })).toContainText(api.identifier);
  }
  await expectNoSeriousA11yViolations(ownerPage);
  await screenshots(ownerPage, "api-page");
  await owner.close();

  const { context: developer, page: developerPage } = await signedUpContext(browser, newAccount("Dev Eloper"));
  await developerPage.goto("/console/clients/new");
  await expect(developerPage.getByRole("group", { name: new RegExp(`${api.name}`) })).toBeVisible();
  await expectNoSeriousA11yViolations(developerPage);
  const { clientId, secret } = await createAppThroughConsole(developerPage, {
    name: "Photo Printer",
    redirectUris: [callback().redirectUri],
    apiScopes: [api.scopes[0]!.value],
  });
  await developer.close();

  const user = newAccount("Eve User");
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = await discoverApp(baseURL!, clientId, secret);
  const request = await authorizationRequest(
    app,
    callback().redirectUri,
    `openid profile email ${api.scopes[0]!.value}`,
  );
  await signUpThroughLogin(page, user);
  await page.goto(request.url);
  await expect(page.getByRole("heading", { name: "Photo Printer wants to access your" })).toBeVisible();
  // The API owner has not verified their email, so consent names them, not their domain (SECURITY.md).
  // Grace verified her address when she signed up, so consent names her domain.
  const permissions = page.getByRole("region", { name: `${api.name}, by example.test` });
  await expect(permissions.getByText("See your photo albums")).toBeVisible();
  await expect(permissions.getByText("Add pictures to your albums")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "consent-api");
  // The answer is in sight without scrolling: on a 1280×800 laptop in both themes, and on a phone.
  for (const [width, height, colorScheme] of [
    [1280, 800, "light"],
    [1280, 800, "dark"],
    [390, 844, "dark"],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole("button", { name: "Allow" })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: "Cancel" })).toBeInViewport({ ratio: 1 });
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await exchangeAtCallback(page, app, request);
  expect(decodeJwt(tokens.access_token)).toMatchObject({ aud: api.identifier, scope: api.scopes[0]!.value });

  const photos = await startExampleApi({
    issuer: `${baseURL}/oauth`,
    audience: api.identifier,
    scope: api.scopes[0]!.value,
  });
  examples.push(photos);
  expect(await photos.call(tokens.access_token)).toMatchObject({ status: 200, body: { photos: expect.any(Array) } });

  // Connected apps names the permission in the API's words.
  await page.goto("/account/apps");
  await expect(
    page.getByRole("listitem", { name: "Photo Printer" }).getByText(`See your photo albums (${api.name})`),
  ).toBeVisible();
  await context.close();
});

test("the owner approves a machine-to-machine app per scope, sees who is affected before removing a scope, and deletes the API", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const api = newApi("Ledger API");
  const { context: owner, page: ownerPage } = await signedUpContext(browser, newAccount("Ada Owner"));
  const apiId = await registerApiThroughConsole(ownerPage, api);
  await expect(ownerPage.getByText("No app has asked yet")).toBeVisible();

  const { context: developer, page: developerPage } = await signedUpContext(browser, newAccount("Bo Builder"));
  const { clientId, secret } = await createAppThroughConsole(developerPage, {
    name: "Nightly export",
    type: "Machine to machine",
    apiScopes: api.scopes.map((scope) => scope.value),
  });
  // The app's page tells its developer that both scopes wait for the API owner.
  await developerPage.goto(`/console/clients/${clientId}/settings`);
  const access = developerPage.getByRole("list", { name: "API access" }).getByRole("listitem", { name: api.name });
  await expect(access.getByText("awaiting approval")).toHaveCount(2);
  // …and who approves them, where.
  await expect(access.getByText(`who owns ${api.name}, approves it under Machine-to-machine access`)).toBeVisible();
  const worker = await discoverApp(baseURL!, clientId, secret);
  const refused = await oidc
    .clientCredentialsGrant(worker, { scope: api.scopes[0]!.value })
    .catch((error: oidc.ResponseBodyError) => error.error);
  expect(refused).toBe("invalid_scope");

  // The app is listed, awaiting approval; the owner approves one scope only.
  await ownerPage.goto(`/console/apis/${apiId}`);
  const entry = ownerPage.getByRole("listitem", { name: "Nightly export" });
  await expect(entry.getByText("2 awaiting approval")).toBeVisible();
  await entry.getByRole("checkbox", { name: api.scopes[0]!.value }).check();
  await entry.getByRole("button", { name: "Save approval" }).click();
  await expect(entry.getByText("Approval saved.")).toBeVisible();
  await expect(entry.getByText("1 awaiting approval")).toBeVisible();
  await expectNoSeriousA11yViolations(ownerPage);
  await screenshots(ownerPage, "api-approvals");
  const granted = await oidc.clientCredentialsGrant(worker, { scope: api.scopes[0]!.value });
  expect(decodeJwt(granted.access_token)).toMatchObject({ aud: api.identifier, sub: clientId });
  await developerPage.reload();
  await expect(access.getByText("approved", { exact: true })).toHaveCount(1);
  await expect(access.getByText("awaiting approval")).toHaveCount(1);
  await expectNoSeriousA11yViolations(developerPage);
  await screenshots(developerPage, "app-api-access");
  await developer.close();

  // Removing a scope the app holds names the app first; Cancel keeps it.
  await ownerPage.getByRole("button", { name: "Remove scope 2" }).click();
  await ownerPage.getByRole("button", { name: "Save changes" }).click();
  const confirm = ownerPage.getByRole("dialog", { name: "Remove permissions that apps use?" });
  await expect(confirm.getByText("Nightly export")).toBeVisible();
  await expectNoSeriousA11yViolations(ownerPage);
  await confirm.getByRole("button", { name: "Remove and save" }).click();
  await expect(ownerPage.getByText("Changes saved.")).toBeVisible();
  await expect(ownerPage.getByLabel("Scope 2 value")).toHaveCount(0);

  // On the owner's own app awaiting their API, the app page links to where they approve it.
  await createAppThroughConsole(ownerPage, {
    name: "Own export",
    type: "Machine to machine",
    apiScopes: [api.scopes[0]!.value],
  });
  await openAppTab(ownerPage, "Settings");
  await ownerPage.getByRole("link", { name: `Approve on ${api.name}'s page` }).click();
  await expect(ownerPage).toHaveURL(new RegExp(`/console/apis/${apiId}#machine-access$`));
  await expect(ownerPage.getByRole("listitem", { name: "Own export" }).getByText("1 awaiting approval")).toBeVisible();

  // Remove the app's access, then delete the API: the dialog names the apps using it.
  await entry.getByRole("button", { name: "Remove access" }).click();
  await ownerPage
    .getByRole("dialog", { name: "Remove Nightly export’s access?" })
    .getByRole("button", { name: "Remove access" })
    .click();
  await expect(entry.getByText("1 awaiting approval")).toBeVisible();
  expect(
    await oidc
      .clientCredentialsGrant(worker, { scope: api.scopes[0]!.value })
      .catch((error: oidc.ResponseBodyError) => error.error),
  ).toBe("invalid_scope");
  await ownerPage.getByRole("button", { name: "Delete API" }).click();
  const remove = ownerPage.getByRole("dialog", { name: `Delete “${api.name}”?` });
  await expect(remove.getByText("Nightly export")).toBeVisible();
  await remove.getByLabel(`Type “${api.name}” to confirm`).fill(api.name);
  await remove.getByRole("button", { name: "Delete this API" }).click();
  await expect(ownerPage).toHaveURL(/\/console\/apis\?deleted=/);
  await expect(ownerPage.getByText(`“${api.name}” was deleted`)).toBeVisible();
  await owner.close();
});

// The server decides, not the page: an app that took up a scope after the page loaded still stops
// the removal (lib/portal/apis/scopes-in-use.ts), and the next save asks, naming it.
test("removing a scope that an app took up after the page loaded is refused, then confirmed", async ({ browser }) => {
  test.setTimeout(120_000);
  const api = newApi("Late API");
  const { context: owner, page: ownerPage } = await signedUpContext(browser, newAccount("Lin Owner"));
  await registerApiThroughConsole(ownerPage, api);

  const { context: developer, page: developerPage } = await signedUpContext(browser, newAccount("Max Late"));
  await createAppThroughConsole(developerPage, {
    name: "Late Worker",
    type: "Machine to machine",
    apiScopes: [api.scopes[1]!.value],
  });
  await developer.close();

  await ownerPage.getByRole("button", { name: "Remove scope 2" }).click();
  await ownerPage.getByRole("button", { name: "Save changes" }).click();
  await expect(ownerPage.getByRole("alert").filter({ hasText: "Late Worker" })).toContainText(
    "1 app holds the scopes this would remove",
  );
  await expect(ownerPage.getByText("Changes saved.")).toHaveCount(0);
  await ownerPage.getByRole("button", { name: "Save changes" }).click();
  const confirm = ownerPage.getByRole("dialog", { name: "Remove permissions that apps use?" });
  await expect(confirm.getByText("Late Worker")).toBeVisible();
  await confirm.getByRole("button", { name: "Remove and save" }).click();
  await expect(ownerPage.getByText("Changes saved.")).toBeVisible();
  await ownerPage.reload();
  await expect(ownerPage.getByLabel("Scope 2 value")).toHaveCount(0);
  await owner.close();
});

test("the Protect your API guide is in the docs", async ({ page }) => {
  await page.goto("/docs");
  await page.getByRole("navigation", { name: "Documentation" }).getByRole("link", { name: "Protect your API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Protect your API" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Python (PyJWT)" })).toContainText("at+jwt");
  await expect(page.getByText("answer unsupported_token_type for them", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
