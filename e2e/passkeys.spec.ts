import { expect, test, type Page } from "@playwright/test";
import { decodeJwt } from "jose";
import { generate } from "otplib";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";
import { appOfNewDeveloper } from "./support/clients";
import { ageSignIns } from "./support/sessions";
import { authorizationRequest, exchangeAtCallback, screenshots, useAppCallback } from "./support/oauth-app";

const callback = useAppCallback();

/**
 * Chromium's virtual authenticator through CDP (WebAuthn domain): a platform authenticator
 * (ctap2, internal) with resident keys and user verification, answering every prompt by itself.
 * It belongs to this page's target, so the test keeps one page throughout.
 */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
  };
}

/** axe-core in both themes, on a desktop and on a phone (390 px). */
async function expectAccessibleEverywhere(page: Page) {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ])
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoSeriousA11yViolations(page);
    }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}

test("add a passkey in /account/security after confirming it's you → sign out → sign in to an app with the passkey alone (amr) → as second step → remove", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const appName = `Passkey Reader ${Date.now()}`;
  const { oauth: app } = await appOfNewDeveloper(browser, { name: appName, redirectUris: [callback().redirectUri] });

  const account = newAccount("Ada Passkey");
  await signUpThroughLogin(page, account);
  const authenticator = await addVirtualAuthenticator(page);

  // A passkey signs in on its own, so adding one needs a recent sign-in (step-up): signed in more
  // than ten minutes ago, the page says so and the attempt is refused until the person signs in again.
  ageSignIns(account.email, 11 * 60);
  await page.goto("/account/security");
  await expect(page.getByText("No passkeys yet")).toBeVisible();
  await expect(page.getByText("To change two-step sign-in or passkeys, confirm it's you first")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Name of the new passkey").fill("Work laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("link", { name: "Confirm it's you" })).toHaveCount(2);
  expect(await authenticator.credentials()).toHaveLength(0);
  await page.getByRole("link", { name: "Confirm it's you" }).first().click();
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByText("To change two-step sign-in or passkeys, confirm it's you first")).toHaveCount(0);
  await page.getByLabel("Name of the new passkey").fill("Work laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey “Work laptop” added.")).toBeVisible();
  const list = page.getByRole("list", { name: "Your passkeys" });
  await expect(list.getByText("Work laptop", { exact: true })).toBeVisible();
  await expect(list.getByText("Never used")).toBeVisible();
  const [credential] = await authenticator.credentials();
  expect(credential?.isResidentCredential).toBe(true); // discoverable: it can sign in without an email

  if (process.env.NINKA_SCREENSHOTS) {
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.screenshot({ path: "docs/images/account-security.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // Naming: rename in place.
  await list.getByRole("button", { name: "Rename passkey Work laptop" }).click();
  await list.getByLabel("New name").fill("Ada's laptop");
  await list.getByRole("button", { name: "Save" }).click();
  await expect(list.getByText("Ada's laptop", { exact: true })).toBeVisible();
  await expect(page.getByText("Passkey “Ada's laptop” added.")).toBeVisible();
  await expectAccessibleEverywhere(page);
  await screenshots(page, "account-security-passkeys");

  // Signed out (a fresh browser session; the authenticator stays). The sign-in page's email field
  // asks for passkeys through the browser's autofill (conditional mediation): the virtual
  // authenticator answers it at once, as a person picking the passkey there would, so the app's
  // sign-in goes straight on with the passkey alone.
  await page.context().clearCookies();
  const viaAutofill = await authorizationRequest(app, callback().redirectUri);
  await page.goto(viaAutofill.url);
  await expect(page.getByRole("heading", { name: `${appName} wants to access your` })).toBeVisible();
  await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await exchangeAtCallback(page, app, viaAutofill);
  // RFC 8176: a device-bound key ("hwk"; the virtual authenticator's key is not backed up) and the
  // authenticator verified the user ("user"). No "pwd": no password was typed.
  expect(decodeJwt(tokens.id_token!).amr).toEqual(["hwk", "user"]);
  const sub = tokens.claims()!.sub;

  // The "Use a passkey" button, as in a browser without passkey autofill (no conditional
  // mediation, so nothing answers before the click).
  await page.context().clearCookies();
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  const viaButton = await authorizationRequest(app, callback().redirectUri);
  await page.goto(viaButton.url);
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "username webauthn");
  await expectAccessibleEverywhere(page);
  await screenshots(page, "login-passkey");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  const again = await exchangeAtCallback(page, app, viaButton); // consent was given: straight back
  expect(decodeJwt(again.id_token!)).toMatchObject({ sub, amr: ["hwk", "user"] });

  // With an authenticator app enrolled, the password is followed by a second step, and the
  // passkey is offered there beside the code: amr ["pwd", "hwk"].
  await page.goto("/account/security");
  await expect(page.getByRole("list", { name: "Your passkeys" }).getByText(/Last used/)).toBeVisible();
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(await generate({ secret: key }));
  await page.getByRole("button", { name: "Turn on" }).click();
  await page.getByRole("link", { name: "I have saved them" }).click();
  await page.context().clearCookies();
  const second = await authorizationRequest(app, callback().redirectUri);
  await page.goto(second.url);
  await submitLogin(page, account.email, account.password);
  await expect(page).toHaveURL(/\/second-step$/);
  await expect(page.getByRole("button", { name: "Use a passkey instead" })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await screenshots(page, "second-step-passkey");
  await page.getByRole("button", { name: "Use a passkey instead" }).click();
  const afterSecond = await exchangeAtCallback(page, app, second);
  expect(decodeJwt(afterSecond.id_token!)).toMatchObject({ sub, amr: ["pwd", "hwk"] });

  // Removing the passkey: it is gone from the list, and the second-step page no longer offers it.
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Remove passkey Ada's laptop" }).click();
  await page.getByRole("button", { name: "Remove passkey", exact: true }).click();
  await expect(page.getByText("No passkeys yet")).toBeVisible();
});
