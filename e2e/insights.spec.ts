import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole, openAppTab } from "./support/clients";
import { collectPageErrors } from "./support/page-errors";

// After real traffic, the app page charts it (recharts SVG, numbers as a table, newest day first,
// dated as the console dates things), in both themes and on a phone. Before any, the range switch
// stays with an empty state; a machine-to-machine app has no active users to chart.
test("the app page charts its usage after traffic, in light and dark, on a phone", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const pageErrors = collectPageErrors(page);
  await signUpThroughLogin(page, newAccount("Chart Reader"));
  const { clientId, secret } = await createAppThroughConsole(page, { name: "Busy worker", type: "Machine to machine" });
  await openAppTab(page, "Usage");
  await expect(page.getByText(/No traffic in this period/)).toBeVisible();
  await expect(page.getByRole("group", { name: "Period" })).toBeVisible();

  const basic = `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`;
  for (let i = 0; i < 4; i++) {
    const response = await fetch(`${baseURL}/oauth/token`, {
      method: "POST",
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(response.status).toBe(200);
  }
  // Usage is counted in memory and written every 2 s (ARCHITECTURE.md "Insights").
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("figure").filter({ hasText: "Tokens issued" }).getByText("4 in all")).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(
    page.getByRole("figure").filter({ hasText: "Tokens issued" }).locator("svg.recharts-surface"),
  ).toBeVisible();

  await page.getByRole("button", { name: "7 days" }).click();
  await expect(page.getByRole("button", { name: "7 days" })).toHaveAttribute("aria-pressed", "true");
  const tokens = page.getByRole("figure").filter({ hasText: "Tokens issued" });
  await tokens.getByText("Show the numbers").click();
  await expect(tokens.getByRole("table").getByRole("row")).toHaveCount(8); // header + 7 days
  const today = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date());
  await expect(tokens.getByRole("rowheader").first()).toHaveText(today);
  await expect(page.getByRole("figure").filter({ hasText: "Active users" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  if (process.env.NINKA_SCREENSHOTS)
    await page
      .getByRole("heading", { name: "Usage" })
      .locator("..")
      .locator("..")
      .screenshot({ path: "docs/images/app-usage.png" });

  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("figure").filter({ hasText: "Failed client authentications" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  if (process.env.NINKA_SCREENSHOTS)
    await page.screenshot({ path: "docs/images/app-usage-phone-dark.png", fullPage: false });
  // Nothing refused by the CSP on the way (the charts draw in the browser).
  expect(pageErrors).toEqual([]);
});
