import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";
import { person, useOwnServer } from "./support/own-server";

// /admin/keys (ARCHITECTURE.md "Signing keys"): rotating changes which key signs for the whole
// instance, so this spec runs its own Ninka on its own database.
test.describe.configure({ mode: "serial" });

const admin = person("Keys");
const instance = useOwnServer("keys", [{ who: admin, admin: true }]);

async function confirm(page: Page, button: string, dialog: RegExp, confirmLabel: string) {
  await page.getByRole("button", { name: button }).first().click();
  await page.getByRole("dialog", { name: dialog }).getByRole("button", { name: confirmLabel }).click();
}

test("an admin publishes a next key, activates it, and retires an unused next key", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  await giveOwnAddress(page);
  await page.goto("/console");
  await submitLogin(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/console$/);
  await page.goto("/admin/keys");
  await expect(page.getByRole("heading", { name: "Signing keys", level: 1 })).toBeVisible();
  await expect(page.getByText("Active (signing)")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  await confirm(page, "Rotate ES256", /Publish a next ES256 key\?/, "Publish next key");
  await expect(page.getByText("Next (published, not signing yet)")).toBeVisible();
  await confirm(page, "Activate", /Sign with key/, "Activate key");
  await expect(page.getByText("Retiring (published until its tokens expire)")).toBeVisible();
  await expect(page.getByText("Active (signing)")).toHaveCount(2);

  await confirm(page, "Rotate RS256", /Publish a next RS256 key\?/, "Publish next key");
  await expect(page.getByText("Next (published, not signing yet)")).toBeVisible();
  await confirm(page, "Retire", /Retire key/, "Retire key");
  await expect(page.getByText("Retired (withdrawn)")).toBeVisible();
  await expect(page.getByText("Next (published, not signing yet)")).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
});
