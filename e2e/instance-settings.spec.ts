import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { person, useOwnServer } from "./support/own-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";
import { authorizationRequest, discoverApp, exchangeAtCallback, startAppCallback } from "./support/oauth-app";

// The sign-up policy, invitations and app review. These settings are instance-wide, so this spec runs its own Ninka on its
// own database: closing sign-up or turning on app review on the shared e2e server would break the
// specs running beside it. With no SMTP
// on a loopback URL, mails (links included) go to that server's log, where the test reads them.
test.describe.configure({ mode: "serial" });

const admin = person("Grace");
const developer = person("Dev");
const stranger = person("Stan");
const instance = useOwnServer("policy", [{ who: admin, admin: true }, { who: developer }, { who: stranger }]);

// /admin answers 404 to anyone not signed in as an admin, so sign in through the console first.
async function signInToConsole(page: Page, who: { email: string; password: string }) {
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\//);
  await submitLogin(page, who.email, who.password);
  await expect(page).toHaveURL(/\/console$/);
}

async function signInAsAdmin(page: Page) {
  await signInToConsole(page, admin);
  await page.goto("/admin/settings");
}

test("an admin closes sign-up and invites someone, who creates an account from the mailed link", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ baseURL: instance.server().url });
  const page = await adminContext.newPage();
  await signInAsAdmin(page);
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  // The settings page has two policies with an "Open": the sign-up policy's is meant.
  const signUpPolicy = page.getByRole("group", { name: "Who can create an account" });
  await expect(signUpPolicy.getByRole("radio", { name: "Open" })).toBeChecked();

  await signUpPolicy.getByRole("radio", { name: "Closed" }).check();
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  await expect(page.getByText(/Saved\. No one can sign up/)).toBeVisible();

  const invitee = `invitee-${randomUUID()}@example.test`;
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await expect(page.getByRole("listitem", { name: invitee })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Someone without an invitation finds sign-up closed, with no form.
  const visitor = await browser.newContext({ baseURL: instance.server().url });
  const signUp = await visitor.newPage();
  await signUp.goto("/signup");
  await expect(signUp.getByText(/Sign-up is closed on this Ninka/)).toBeVisible();
  await expect(signUp.getByLabel("Password")).toHaveCount(0);
  await expectNoSeriousA11yViolations(signUp);

  // The invited person opens the mailed link: the address is fixed, the account ready at once.
  const link = instance
    .server()
    .logs()
    .match(/http:\/\/[^\s"\\]+\/signup\?invitation=[\w-]+/)?.[0];
  expect(link, "the invitation mail in the server log").toBeTruthy();
  await signUp.goto(link!);
  await expect(signUp.getByLabel("Email")).toHaveValue(invitee);
  await expect(signUp.getByLabel("Email")).toHaveAttribute("readonly", "");
  await signUp.getByLabel("Name").fill("Ivy Invitee");
  await signUp.getByLabel("Password").fill(`invited password ${randomUUID().slice(0, 8)}`);
  await signUp.getByRole("button", { name: "Create account" }).click();
  await expect(signUp.getByText(`Your account for ${invitee} is ready.`)).toBeVisible();
  await expectNoSeriousA11yViolations(signUp);

  // Used: the link no longer offers a form, and the invitation has left the admin's list.
  await signUp.goto(link!);
  await expect(signUp.getByText(/already used, has expired or was withdrawn/)).toBeVisible();
  await page.reload();
  await expect(page.getByText("No pending invitations")).toBeVisible();
  await visitor.close();
  await adminContext.close();
});

test("the settings page works on a phone in the dark theme", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({
    baseURL: instance.server().url,
    viewport: { width: 390, height: 844 },
    colorScheme: "dark",
  });
  const page = await context.newPage();
  await signInAsAdmin(page);
  await page.getByRole("radio", { name: "Listed email domains" }).check();
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  // An empty list is refused with the field named, and the choice is kept.
  await expect(page.getByText("List at least one domain, or choose another option.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Listed email domains" })).toBeChecked();
  await page.getByRole("textbox", { name: "Email domains" }).fill("example.org");
  await page.getByRole("button", { name: "Save sign-up policy" }).click();
  await expect(page.getByText(/Saved\. Only addresses at the domains you list/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  if (process.env.NINKA_SCREENSHOTS)
    await page.screenshot({ path: "docs/images/admin-settings-phone-dark.png", fullPage: true });
  await context.close();
});

test("with app review on, a developer submits an app, an admin approves it, and the consent screen stops warning", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const callback = await startAppCallback();
  const adminContext = await browser.newContext({ baseURL: instance.server().url });
  const devContext = await browser.newContext({ baseURL: instance.server().url });
  const strangerContext = await browser.newContext({ baseURL: instance.server().url });
  try {
    const adminPage = await adminContext.newPage();
    await signInAsAdmin(adminPage);
    // Only administrators see Admin in the console's navigation.
    await expect(
      adminPage.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Admin" }),
    ).toHaveAttribute("aria-current", "page");
    await adminPage.getByRole("checkbox", { name: "Review new apps before anyone can use them" }).check();
    await adminPage.getByRole("button", { name: "Save app review" }).click();
    await expect(adminPage.getByText("Saved. App review is on.")).toBeVisible();

    const dev = await devContext.newPage();
    await signInToConsole(dev, developer);
    await expect(
      dev.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Apps", exact: true }),
    ).toBeVisible();
    await expect(dev.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
    const { clientId, secret } = await createAppThroughConsole(dev, {
      name: "Photo Printer",
      redirectUris: [callback.redirectUri],
    });
    const review = dev.getByRole("heading", { name: "Review" }).locator("..").locator("..");
    await expect(review.getByText("Testing", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(dev);
    // The developer's list of apps says so too.
    await dev.goto("/console");
    const listed = dev.getByRole("listitem", { name: "Photo Printer" });
    await expect(listed.getByText("Testing", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(dev);

    // A stranger is turned away with Ninka's page, and the app hears access_denied.
    const config = await discoverApp(instance.server().url, clientId, secret);
    const outsider = await strangerContext.newPage();
    await giveOwnAddress(outsider);
    await outsider.goto((await authorizationRequest(config, callback.redirectUri)).url);
    await submitLogin(outsider, stranger.email, stranger.password);
    await expect(outsider.getByRole("heading", { name: "Photo Printer is not available yet" })).toBeVisible();
    if (process.env.NINKA_SCREENSHOTS) await outsider.screenshot({ path: "/tmp/app-in-testing.png" });
    await expectNoSeriousA11yViolations(outsider);
    await outsider.getByRole("button", { name: "Back to Photo Printer" }).click();
    await outsider.waitForURL((url) => url.href.startsWith(callback.redirectUri));
    expect(new URL(outsider.url()).searchParams.get("error")).toBe("access_denied");

    // The developer may use their own app, with a warning on the consent screen.
    const first = await authorizationRequest(config, callback.redirectUri);
    await dev.goto(first.url);
    await expect(dev.getByText(/This app has not been reviewed by/)).toBeVisible();
    await dev.getByRole("button", { name: "Allow" }).click();
    await exchangeAtCallback(dev, config, first);

    await dev.goto(`/console/clients/${clientId}`);
    await dev.getByLabel("Note for the reviewer").fill("Prints the photos you pick.");
    await dev.getByRole("button", { name: "Submit for review" }).click();
    await expect(dev.getByText("In review", { exact: true })).toBeVisible();
    if (process.env.NINKA_SCREENSHOTS) await review.screenshot({ path: "/tmp/review-panel.png" });
    await dev.goto("/console");
    await expect(listed.getByText("In review", { exact: true })).toBeVisible();
    await expect(listed.getByText("Testing", { exact: true })).toHaveCount(0);

    await adminPage.goto("/admin/reviews");
    const item = adminPage.getByRole("listitem", { name: "Photo Printer" });
    await expect(item.getByText("Prints the photos you pick.")).toBeVisible();
    await expectNoSeriousA11yViolations(adminPage);
    if (process.env.NINKA_SCREENSHOTS)
      await adminPage.screenshot({ path: "docs/images/admin-review-queue.png", fullPage: true });
    await item.getByRole("button", { name: "Approve Photo Printer" }).click();
    await expect(adminPage.getByText("Nothing to review")).toBeVisible();

    await dev.goto(`/console/clients/${clientId}`);
    await expect(dev.getByText("Published", { exact: true })).toBeVisible();
    // Published: the stranger may now use it, and nobody sees the warning.
    const second = await authorizationRequest(config, callback.redirectUri);
    await outsider.goto(second.url);
    await expect(outsider.getByRole("button", { name: "Allow" })).toBeVisible();
    await expect(outsider.getByText(/has not been reviewed/)).toHaveCount(0);
    await outsider.getByRole("button", { name: "Allow" }).click();
    const tokens = await exchangeAtCallback(outsider, config, second);
    expect(tokens.access_token).toBeTruthy();

    // The app page's Activity tab and the admin's audit log show what happened.
    await dev.goto(`/console/clients/${clientId}/activity`);
    const activity = dev.getByRole("list", { name: "Activity" });
    await expect(activity.getByText("Review approved")).toBeVisible();
    await expect(activity.getByText("Consent given").first()).toBeVisible();
    await adminPage.goto(`/admin/audit?client=${clientId}`);
    await expect(adminPage.getByRole("list", { name: "Audit events" }).getByText("Submitted for review")).toBeVisible();
    await adminPage.getByLabel("Action").selectOption("app.review_approved");
    await adminPage.getByRole("button", { name: "Filter" }).click();
    await expect(adminPage.getByRole("list", { name: "Audit events" }).getByRole("listitem")).toHaveCount(1);
    await expectNoSeriousA11yViolations(adminPage);

    // Suspended (here with the CLI): the end user lands on Ninka's page saying so.
    const suspended = await runNinkaCli(
      ["apps", "suspend", "--client-id", clientId, "--reason", "Phishing reports"],
      instance.env,
    );
    expect(suspended.code, suspended.stderr).toBe(0);
    await outsider.goto((await authorizationRequest(config, callback.redirectUri)).url);
    await expect(outsider.getByRole("heading", { name: "Photo Printer is suspended" })).toBeVisible();
    await expect(outsider.getByText("Phishing reports")).toHaveCount(0);
    await expectNoSeriousA11yViolations(outsider);
    // Its owner sees it in the list: Suspended, and no review badge now that it is published.
    await dev.goto("/console");
    await expect(listed.getByText("Suspended", { exact: true })).toBeVisible();
    await expect(listed.getByText(/^(Testing|In review)$/)).toHaveCount(0);
    await expectNoSeriousA11yViolations(dev);
  } finally {
    await Promise.all([adminContext.close(), devContext.close(), strangerContext.close()]);
    await callback.close();
  }
});

test("an admin finds a user and disables them, suspends an app with a reason, and transfers one", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const adminContext = await browser.newContext({ baseURL: instance.server().url });
  const devContext = await browser.newContext({ baseURL: instance.server().url });
  const strangerContext = await browser.newContext({ baseURL: instance.server().url });
  try {
    const dev = await devContext.newPage();
    await signInToConsole(dev, developer);
    const suspendMe = await createAppThroughConsole(dev, { name: "Spammy app", type: "Machine to machine" });
    const giveMe = await createAppThroughConsole(dev, { name: "Handover app", type: "Machine to machine" });

    const adminPage = await adminContext.newPage();
    await signInToConsole(adminPage, admin);
    // The instance dashboard charts the sign-ins and sign-ups of this instance.
    await adminPage.goto("/admin");
    const dashboard = adminPage.getByTestId("admin-dashboard");
    await expect(dashboard.getByRole("figure").filter({ hasText: "Sign-ins" })).toBeVisible();
    await expect(
      dashboard
        .getByRole("figure")
        .filter({ hasText: "Sign-ins" })
        .getByText(/[1-9]\d* in all/),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(adminPage);
    if (process.env.NINKA_SCREENSHOTS)
      await adminPage.screenshot({ path: "docs/images/admin-dashboard.png", fullPage: true });
    await adminPage.goto("/admin/users");
    await adminPage.getByLabel("Email address, or its beginning").fill(stranger.email);
    await adminPage.getByRole("button", { name: "Search" }).click();
    const row = adminPage.getByRole("listitem", { name: stranger.email });
    await expect(row).toBeVisible();
    await expectNoSeriousA11yViolations(adminPage);
    await row.getByRole("button", { name: `Disable ${stranger.email}` }).click();
    await adminPage.getByRole("dialog").getByRole("button", { name: "Disable" }).click();
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

    // The disabled user's next sign-in says so.
    const outsider = await strangerContext.newPage();
    await giveOwnAddress(outsider);
    await outsider.goto("/console");
    await submitLogin(outsider, stranger.email, stranger.password);
    await expect(outsider.getByText(/disabled/i).first()).toBeVisible();

    await adminPage.goto(`/admin/apps?q=${suspendMe.clientId}`);
    await adminPage.getByRole("button", { name: "Suspend Spammy app" }).click();
    await adminPage.getByRole("dialog").getByLabel("Reason, for the owner").fill("Sends spam to its users");
    await adminPage.getByRole("dialog").getByRole("button", { name: "Suspend" }).click();
    await expect(
      adminPage.getByRole("listitem", { name: "Spammy app" }).getByText("Suspended", { exact: true }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(adminPage);
    await dev.goto(`/console/clients/${suspendMe.clientId}`);
    await expect(dev.getByRole("alert").filter({ hasText: "Reason: Sends spam to its users" })).toBeVisible();

    await adminPage.goto(`/admin/apps?q=${giveMe.clientId}`);
    await adminPage.getByRole("button", { name: "Transfer Handover app" }).click();
    await adminPage.getByRole("dialog").getByLabel("New owner's email").fill(admin.email);
    await adminPage.getByRole("dialog").getByRole("button", { name: "Transfer" }).click();
    await expect(adminPage.getByRole("listitem", { name: "Handover app" }).getByText(admin.email)).toBeVisible();
    if (process.env.NINKA_SCREENSHOTS)
      await adminPage.screenshot({ path: "docs/images/admin-apps.png", fullPage: true });
    await dev.goto(`/console/clients/${giveMe.clientId}`);
    await expect(dev.getByRole("heading", { name: /not found/i })).toBeVisible();
  } finally {
    await Promise.all([adminContext.close(), devContext.close(), strangerContext.close()]);
  }
});
