import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole, openAppTab } from "./support/clients";

// Secret rotation on an app's page: add new → deploy → revoke old.

// The token endpoint's verdict on a client's credentials: invalid_client if they are refused. The
// code is bogus on purpose: accepted credentials get past client authentication to invalid_grant.
async function tokenEndpointError(page: Page, clientId: string, secret: string) {
  const response = await page.request.post("/oauth/token", {
    form: {
      grant_type: "authorization_code",
      code: "not-a-code",
      redirect_uri: "https://rotate.example.com/cb",
      code_verifier: "x".repeat(43),
    },
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`,
    },
  });
  return ((await response.json()) as { error: string }).error;
}

test("rotate a client secret: add a second one, copy it, revoke the old one", async ({ page, context }) => {
  test.setTimeout(120_000); // many steps, on a shared 2-core machine
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpThroughLogin(page, newAccount("Rotating Developer"));
  const { clientId, secret: oldSecret } = await createAppThroughConsole(page, {
    name: "Rotator",
    redirectUris: ["https://rotate.example.com/cb"],
  });
  const oldHint = oldSecret!.slice(-4);
  await openAppTab(page, "Credentials");
  const secrets = page.getByRole("list", { name: "Client secrets" }).getByRole("listitem");
  await expect(secrets).toHaveCount(1);
  await expect(page.getByText("Add a new secret and deploy it to your app.")).toBeVisible();

  // Add: optional expiry, then the secret once, with a copy button.
  await page.getByRole("button", { name: "Add secret" }).click();
  const addDialog = page.getByRole("dialog", { name: "Add a client secret" });
  await addDialog.getByLabel("Expires").selectOption({ label: "In 90 days" });
  await expectNoSeriousA11yViolations(page);
  await addDialog.getByRole("button", { name: "Create secret" }).click();
  const shown = page.getByRole("dialog", { name: "New client secret" });
  await expect(shown).toContainText("you will not see this secret again");
  await shown.getByRole("button", { name: "Copy secret" }).click();
  const newSecret = await page.evaluate(() => navigator.clipboard.readText());
  expect(newSecret).toMatch(/^ninka_cs_/);
  await expect(shown.getByTestId("new-secret")).toHaveText(newSecret);
  await expectNoSeriousA11yViolations(page);
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByRole("button", { name: "Add secret" })).toBeFocused();

  // Both work during the rollover.
  await expect(secrets).toHaveCount(2);
  const newItem = page.getByRole("listitem", { name: `Secret ending ${newSecret.slice(-4)}` });
  await expect(newItem).not.toContainText("Expires\nNever");
  expect(await tokenEndpointError(page, clientId, oldSecret!)).not.toBe("invalid_client");
  expect(await tokenEndpointError(page, clientId, newSecret)).not.toBe("invalid_client");

  // A third cannot be asked for: the button does nothing, and the note it points to says why (the
  // domain's own refusal is tested in tests/integration/credentials-api.test.ts).
  await expect(page.getByText("Two secrets are active: revoke one before adding another.")).toBeVisible();
  const add = page.getByRole("button", { name: "Add secret" });
  await expect(add).toHaveAttribute("aria-disabled", "true");
  await expect(add).toHaveAccessibleDescription("Two secrets are active: revoke one before adding another.");
  // Playwright will not click an aria-disabled button; a keyboard user can still press it.
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(addDialog).toBeHidden();
  await expect(secrets).toHaveCount(2);

  // Revoke the old one, after confirming (Escape first: nothing is revoked).
  await page.getByRole("button", { name: `Revoke secret ending ${oldHint}` }).click();
  const confirm = page.getByRole("dialog", { name: `Revoke the secret ending ${oldHint}?` });
  await expect(confirm).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(secrets).toHaveCount(2);
  await page.getByRole("button", { name: `Revoke secret ending ${oldHint}` }).click();
  await confirm.getByRole("button", { name: "Revoke secret" }).click();
  // The dialog closes and the console says what happened (components/ui/toast.tsx).
  await expect(page.getByRole("status").filter({ hasText: `Secret ending ${oldHint} revoked.` })).toBeVisible();
  await expect(confirm).toBeHidden();

  // One secret left, the new one; the API agrees and the old secret is refused.
  await expect(secrets).toHaveCount(1);
  await expect(secrets.first()).toHaveAccessibleName(`Secret ending ${newSecret.slice(-4)}`);
  await expect(page.getByText("Two secrets are active")).toHaveCount(0);
  const listed = await page.evaluate(async (id) => (await fetch(`/clients/${id}/credentials`)).json(), clientId);
  expect(listed.secrets.map((s: { hint: string }) => s.hint)).toEqual([newSecret.slice(-4)]);
  expect(await tokenEndpointError(page, clientId, oldSecret!)).toBe("invalid_client");
  expect(await tokenEndpointError(page, clientId, newSecret)).not.toBe("invalid_client");
  await expectNoSeriousA11yViolations(page);
});
