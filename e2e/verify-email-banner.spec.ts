import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, verifyEmailFromLog } from "./support/accounts";

// Until the address is verified, every signed-in page says so (as GitHub does), with the link
// mailed again on request; once verified, the banner is gone (components/account/verify-email-banner.tsx).
test("an unverified account sees the banner on every page, can ask for the link again, and not once verified", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const account = newAccount("Vera");
  await signUpThroughLogin(page, account, { verify: false });
  const banner = page.getByRole("region", { name: "Verify your email address" });
  await expect(banner).toContainText(`Open the link we mailed to ${account.email}`);
  for (const path of ["/console/apis", "/account/security"]) {
    await page.goto(path);
    await expect(banner).toBeVisible();
  }
  // The sign-up mail was just sent: asking again at once is answered with how long to wait.
  await banner.getByRole("button", { name: "Send the link again" }).click();
  await expect(banner.getByRole("alert")).toContainText("We just sent you a link");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);

  await verifyEmailFromLog(page, account.email);
  await page.goto("/console");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(banner).toHaveCount(0);
});
