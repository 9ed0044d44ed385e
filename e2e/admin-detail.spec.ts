import { expect, test, type Page } from "@playwright/test";
import { person, useOwnServer } from "./support/own-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signedInContext } from "./support/accounts";
import { openAppTab } from "./support/clients";

// Administration's detail pages (ARCHITECTURE.md "Administration"): app and user names in the
// admin lists open their admin pages; from there an administrator sends an app back to Testing
// and makes its owner an administrator; the review card shows what the consent screen will; the
// dashboard leads with headline numbers and dates read "Dec 6"; invitations are resent and say who
// sent them. Its own Ninka: app review and the set of administrators are instance-wide.
test.describe.configure({ mode: "serial" });

const admin = person("Grace");
const dana = person("Dana");
const instance = useOwnServer("detail", [{ who: admin, admin: true }, { who: dana }]);
const APP = "Photo Printer";

const toast = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });
const dayLabel = (at: Date, year: boolean) =>
  new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    ...(year && { year: "numeric" }),
    timeZone: "UTC",
  }).format(at);

test("an admin reviews an app with its links, opens it and its owner from the lists, sends it back to Testing and makes the owner admin", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { context: adminContext, page } = await signedInContext(browser, instance.server().url, admin);
  await page.goto("/admin/settings");
  await page.getByRole("checkbox", { name: "Review new apps before anyone can use them" }).check();
  await page.getByRole("button", { name: "Save app review" }).click();
  await expect(page.getByText("Saved. App review is on.")).toBeVisible();

  // The developer registers an app with its links and submits it; a new app has no traffic, and
  // its Usage keeps the range switch with an empty state.
  const { context: devContext, page: dev } = await signedInContext(browser, instance.server().url, dana);
  await dev.goto("/console/clients/new");
  await dev.getByLabel("Name", { exact: true }).fill(APP);
  await dev.getByLabel("Redirect URIs", { exact: true }).fill("https://printer.example/callback");
  await dev.getByLabel("Homepage URL").fill("https://printer.example");
  await dev.getByLabel("Privacy policy URL").fill("https://printer.example/privacy");
  await dev.getByRole("button", { name: "Create app" }).click();
  const created = dev.getByRole("dialog", { name: `“${APP}” is registered` });
  const clientId = (await created.getByTestId("new-client-id").textContent())!.trim();
  await created.getByRole("button", { name: "I have saved the secret" }).click();
  await openAppTab(dev, "Usage");
  await expect(dev.getByRole("group", { name: "Period" })).toBeVisible();
  await expect(dev.getByText("No traffic in this period.")).toBeVisible();
  await openAppTab(dev, "Overview");
  await dev.getByLabel("Note for the reviewer").fill("Prints the photos you pick.");
  await dev.getByRole("button", { name: "Submit for review" }).click();
  await expect(dev.getByText("In review", { exact: true })).toBeVisible();

  // The review card: logo, homepage and privacy policy, and a visible outcome.
  await page.goto("/admin/reviews");
  const card = page.getByRole("listitem", { name: APP });
  await expect(card.getByRole("link", { name: "https://printer.example", exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: "https://printer.example/privacy" })).toBeVisible();
  await expect(card.getByText("None: its initial shows")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await card.getByRole("button", { name: `Approve ${APP}` }).click();
  await expect(toast(page, `${APP} is approved and published.`)).toBeVisible();
  await expect(page.getByText("Nothing to review")).toBeVisible();

  // From the apps list to the app's admin page, and back to Testing without pasting a client ID.
  await page.goto("/admin/apps");
  await page.getByRole("listitem", { name: APP }).getByRole("link", { name: APP }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/apps/${clientId}$`));
  await expect(page.getByRole("heading", { level: 1, name: APP })).toBeVisible();
  // A link to the developer's own page for it (a notice, a shared address) leads an admin here too.
  await page.goto(`/console/clients/${clientId}/settings`);
  await expect(page).toHaveURL(new RegExp(`/admin/apps/${clientId}$`));
  const header = page.getByRole("heading", { level: 1 }).locator("..");
  await expect(header.getByText("Published", { exact: true })).toBeVisible();
  await expect(page.getByText("https://printer.example/callback")).toBeVisible();
  await expect(page.getByRole("list", { name: "Recent activity" }).getByText("Review approved")).toBeVisible();
  await expect(page.getByRole("group", { name: "Period" })).toBeVisible();
  await expect(page.getByText("No traffic in this period.")).toBeVisible();
  await page.getByLabel("Reason for the developer (optional)").fill("The privacy policy link is broken.");
  await page.getByRole("button", { name: "Send back to Testing" }).click();
  await expect(toast(page, `${APP} is back in Testing.`)).toBeVisible();
  await expect(header.getByText("Testing", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Its owner's page, from the app's; Make admin there.
  await page.getByRole("link", { name: dana.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: dana.name })).toBeVisible();
  await expect(page.getByText(dana.email).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Their apps" }).getByRole("link", { name: APP })).toBeVisible();
  await page.getByRole("button", { name: `Make admin ${dana.email}` }).click();
  await page
    .getByRole("dialog", { name: `Make ${dana.email} an administrator?` })
    .getByRole("button", { name: "Make admin" })
    .click();
  await expect(toast(page, `${dana.email} is an administrator.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).locator("..").getByText("Admin", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Remove admin ${dana.email}` })).toBeVisible();
  if (process.env.NINKA_SCREENSHOTS)
    await page.screenshot({ path: "docs/images/admin-user-detail.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  // Now an administrator, the developer reaches /admin.
  expect((await dev.goto("/admin"))?.status()).toBe(200);

  // The user list links each name to its page.
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`/admin/users?q=${encodeURIComponent(dana.email)}`);
  await page.getByRole("listitem", { name: dana.email }).getByRole("link", { name: dana.name }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[^/]+$/);
  await adminContext.close();
  await devContext.close();
});

test("the dashboard has headline numbers and charts dated like the console; invitations say who sent them and are resent; phones keep emails on one line", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, instance.server().url, admin);
  await page.goto("/admin");
  const headline = page.getByTestId("admin-dashboard").locator("dl");
  await expect(headline.getByText("Accounts")).toBeVisible();
  await expect(headline.getByText("Tokens issued, last 7 days")).toBeVisible();
  const dashboard = page.getByTestId("admin-dashboard");
  // Apps and users are charted apart, never summed.
  await expect(dashboard.getByText("Active apps", { exact: true }).first()).toBeVisible();
  await expect(dashboard.getByText("Active users", { exact: true }).first()).toBeVisible();
  await expect(dashboard.getByText("Active apps and users")).toHaveCount(0);
  // The table is newest first, dated as the console dates things.
  const signIns = dashboard.locator("figure").filter({ hasText: "Sign-ins" });
  await signIns.getByText("Show the numbers").click();
  const now = new Date();
  await expect(signIns.getByRole("rowheader").first()).toHaveText(dayLabel(now, true));
  await expect(signIns.getByRole("table")).not.toContainText(now.toISOString().slice(5, 10));
  await expectNoSeriousA11yViolations(page);

  await page.goto("/admin/settings");
  const invited = `ivy-${Date.now()}@example.test`;
  await page.getByLabel("Email address").fill(invited);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const invitation = page.getByRole("list", { name: "Pending invitations" }).getByRole("listitem", { name: invited });
  await expect(invitation.getByText(admin.name, { exact: true })).toBeVisible();
  await invitation.getByRole("button", { name: `Resend invitation for ${invited}` }).click();
  await page
    .getByRole("dialog", { name: `Send ${invited} a new invitation?` })
    .getByRole("button", { name: "Send new link" })
    .click();
  await expect(toast(page, `A new invitation link is on its way to ${invited}.`)).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Pending invitations" }).getByRole("listitem", { name: invited }),
  ).toHaveCount(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/users?q=${encodeURIComponent(dana.email)}`);
  const email = page.getByRole("listitem", { name: dana.email }).getByTitle(dana.email);
  const lineHeight = await email.evaluate((node) => parseFloat(getComputedStyle(node).lineHeight));
  expect((await email.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/apps");
  await page.getByRole("listitem", { name: APP }).getByRole("link", { name: APP }).click();
  await expect(page.getByRole("heading", { level: 1, name: APP })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
