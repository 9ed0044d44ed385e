import { expect, test } from "@playwright/test";
import { exportJWK, generateKeyPair } from "jose";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole, openAppTab } from "./support/clients";

// An app's stricter policies from the console: PAR and DPoP required, and private_key_jwt with a
// pasted key set, which must hold public keys only; the Overview states what is in force.
test("Settings require PAR and DPoP and switch to private_key_jwt; a private key is refused; the Overview says so", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUpThroughLogin(page, newAccount("Ada Policies"));
  await createAppThroughConsole(page, { name: "Bank portal", redirectUris: ["https://bank.example/callback"] });
  const policies = page.getByLabel("Security policies");
  await expect(policies).toContainText("Pushed (PAR) or in the URL");
  await expect(policies).toContainText("Bearer or DPoP-bound");

  await openAppTab(page, "Settings");
  await page.getByRole("checkbox", { name: "Require pushed authorization requests (PAR)" }).check();
  await page.getByRole("checkbox", { name: "Require DPoP-bound tokens" }).check();
  await page.getByLabel("How the app authenticates").selectOption("private_key_jwt");
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const keySet = page.getByLabel("Or paste the key set (jwks)");
  await keySet.fill(JSON.stringify({ keys: [await exportJWK(privateKey)] }));
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/The key set must hold only public keys/)).toBeVisible();
  // Nothing typed is lost on the error answer.
  await expect(page.getByRole("checkbox", { name: "Require DPoP-bound tokens" })).toBeChecked();

  await keySet.fill(JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  await openAppTab(page, "Overview");
  await expect(policies).toContainText("Pushed (PAR) only");
  await expect(policies).toContainText("DPoP-bound only");
  await expect(policies).toContainText("private_key_jwt");
  await expect(page.getByLabel("Pushed authorization request endpoint", { exact: true })).toHaveText(/\/oauth\/par$/);
  await expectNoSeriousA11yViolations(page);
});
