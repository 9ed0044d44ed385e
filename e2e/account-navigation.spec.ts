import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";

// The account area is its own space (components/account/account-nav.tsx): Profile, Security,
// Connected apps and Activity, reachable from the console's "Account" and from each other, without
// the console's Apps, APIs and Access tokens around them; the console is one link away.
const SECTIONS = [
  { name: "Profile", url: /\/account$/, heading: "Profile" },
  { name: "Security", url: /\/account\/security$/, heading: "Security" },
  { name: "Connected apps", url: /\/account\/apps$/, heading: "Connected apps" },
  { name: "Activity", url: /\/account\/activity$/, heading: "Account activity" },
];

test("the account's sections, security included, are reachable from the console, apart from it, and lead back", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUpThroughLogin(page, newAccount("Katherine Johnson"));

  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  // The profile page points to security as well as the navigation does.
  await page.getByRole("link", { name: "Manage security" }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole("heading", { level: 1, name: "Security" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Account" });
  for (const [i, section] of [...SECTIONS].reverse().concat(SECTIONS).entries()) {
    if (i === SECTIONS.length) {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.emulateMedia({ colorScheme: "dark" });
    }
    await nav.getByRole("link", { name: section.name, exact: true }).click();
    await expect(page).toHaveURL(section.url);
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
    await expect(nav.getByRole("link", { name: section.name, exact: true })).toHaveAttribute("aria-current", "page");
    // No developer console around an account page: only a way to it.
    await expect(page.getByRole("navigation", { name: "Console" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Apps", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Access tokens" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Developer console" })).toBeVisible();
    if (section.name === "Security" || section.name === "Profile") await expectNoSeriousA11yViolations(page);
  }

  // Keyboard: the first Tab offers to skip the header; the account navigation is reachable with Tab.
  await page.goto("/account/security");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.goto("/account/security");
  const profile = nav.getByRole("link", { name: "Profile", exact: true });
  for (let i = 0; i < 20 && !(await profile.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(profile).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);

  // The way to the console, for those who build apps.
  await page.getByRole("link", { name: "Developer console" }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(
    page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Apps", exact: true }),
  ).toHaveAttribute("aria-current", "page");
});

test("the profile's name can be changed, and the console's header follows", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpThroughLogin(page, newAccount("Mary Winston"));
  await page.goto("/account");
  await page.getByLabel("Name").fill("");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.getByLabel("Name").fill("Mary Winston Jackson");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveText("Mary Winston Jackson");
  await expect(page.getByLabel("Name")).toHaveValue("Mary Winston Jackson");
  await expectNoSeriousA11yViolations(page);
});
