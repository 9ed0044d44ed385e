import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";
import { authorizationRequest, discoverApp, exchangeAtCallback, useAppCallback } from "./support/oauth-app";
import { e2eDataDir } from "./support/server-env";

// A password reset begun on an app's sign-in page ends back at that app's sign-in, not in the
// developer console (lib/kernel/validation/app-return-path.ts); a dead reset link says so at once.
const callback = useAppCallback();

/** The newest reset link mailed to `email` (with no SMTP on a loopback URL, mails go to the server log). */
async function resetLinkFor(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const line = readFileSync(`${e2eDataDir}-server.log`, "utf8")
        .split("\n")
        .filter((l) => l.includes(`"to":"${email}"`) && l.includes("/reset-password?token="))
        .at(-1);
      link = line?.match(/https?:\/\/[^\s"\\]+\/reset-password\?[^\s"\\]+/)?.[0];
      return link;
    })
    .toBeTruthy();
  return link!.replace(/\\u0026/g, "&");
}

test("forgot password on an app's sign-in: the reset ends back at that app, and a used link says so at once", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const appName = `Acme ${Date.now()}`;
  const developer = await (await browser.newContext()).newPage();
  await signUpThroughLogin(developer, newAccount("Dev Eloper"));
  const { clientId, secret } = await createAppThroughConsole(developer, {
    name: appName,
    redirectUris: [callback().redirectUri],
  });
  await developer.context().close();
  const user = newAccount("Forgetful User");
  const signUp = await (await browser.newContext()).newPage();
  await signUpThroughLogin(signUp, user);
  await signUp.context().close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await giveOwnAddress(page);
  const app = await discoverApp(baseURL!, clientId, secret);
  const request = await authorizationRequest(app, callback().redirectUri);
  await page.goto(request.url);
  await expect(page.getByText(`to continue to ${appName}`)).toBeVisible();
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to sign in" })).toHaveAttribute("href", /^\/oauth\/authorize\?/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If ${user.email} has a Ninka account`)).toBeVisible();

  const reset = await resetLinkFor(user.email);
  expect(new URL(reset).searchParams.get("return")).toMatch(/^\/oauth\/authorize\?/);
  await page.goto(reset);
  const fresh = `${user.password} renewed`;
  await page.getByLabel("New password").fill(fresh);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).click();

  // Back on the app's own sign-in; signing in finishes the app's original request.
  await expect(page.getByText(`to continue to ${appName}`)).toBeVisible();
  await submitLogin(page, user.email, fresh);
  await page.getByRole("button", { name: "Allow" }).click();
  expect((await exchangeAtCallback(page, app, request)).access_token).toBeTruthy();

  // The used link: said at once, with a way to ask for a new one that still leads back to the app.
  await page.goto(reset);
  await expect(page.getByRole("heading", { level: 1, name: "This reset link no longer works" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute(
    "href",
    /^\/forgot-password\?return=%2Foauth%2Fauthorize%3F/,
  );
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
