import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { mailedLink, newAccount, signedUpContext, signIn, signUpThroughLogin, submitLogin } from "./support/accounts";
import { openAppTab } from "./support/clients";
import { authorizationRequest, discoverApp } from "./support/oauth-app";

// Teams (ARCHITECTURE.md "Teams"): an owner creates a team and invites a colleague by email; the
// colleague follows the mailed link, signs in with the invited account and joins; as developer they
// create an app in the team but cannot delete it; demoted to viewer, the app's secret controls go;
// the app's consent screen names the team.

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** axe on the page as it is, then at phone width in the dark theme, then back. */
async function checkA11y(page: Page) {
  // After a client-side navigation Next.js sets the new page's title a moment after its content.
  await expect(page).toHaveTitle(/\S/);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize(phone);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(desktop);
}

const teamTab = (page: Page, name: "Apps" | "APIs" | "Members" | "Activity" | "Settings") =>
  page.getByRole("navigation", { name: "Team sections" }).getByRole("link", { name, exact: true });

test("a team: created, a colleague invited by mail joins, roles decide what they may do, consent names the team", async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize(desktop);
  const owner = newAccount("Olivia Owner");
  const colleague = newAccount("Colin Colleague");
  const teamName = `Acme ${Date.now()}`;
  await signUpThroughLogin(page, owner);
  // The colleague has a verified account of their own, signed in elsewhere.
  await (await signedUpContext(browser, colleague)).context.close();

  // The owner creates the team from the workspace switcher, with the keyboard.
  const switcher = page.getByRole("button", { name: "Workspace: Personal" });
  await switcher.focus();
  await page.keyboard.press("ArrowDown");
  const menu = page.getByRole("menu", { name: "Switch workspace" });
  await expect(menu.getByRole("menuitemradio", { name: /Personal/ })).toBeFocused();
  await expect(menu.getByRole("menuitemradio", { name: /Personal/ })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitem", { name: "Create team" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(switcher).toBeFocused();
  await switcher.click();
  await menu.getByRole("menuitem", { name: "Create team" }).click();
  await expect(page).toHaveURL(/\/console\/teams\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Create a team" })).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Name", { exact: true }).fill(teamName);
  // The slug is offered from the name.
  await expect(page.getByLabel("Slug")).toHaveValue(teamName.toLowerCase().replace(" ", "-"));
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(/\/console\/teams\/[^/?]+\?created=1$/);
  const teamId = decodeURIComponent(new URL(page.url()).pathname.split("/")[3]!);
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(page.getByRole("button", { name: `Workspace: ${teamName}` })).toBeVisible();
  await expect(page.getByText("No apps yet")).toBeVisible();
  await checkA11y(page);

  // The switcher lists the team as the current workspace.
  await page.getByRole("button", { name: `Workspace: ${teamName}` }).click();
  await expect(menu.getByRole("menuitemradio", { name: new RegExp(teamName) })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");

  // The owner invites the colleague as developer.
  await teamTab(page, "Members").click();
  await expect(page.getByRole("listitem", { name: owner.name })).toContainText("Owner");
  await page.getByLabel("Email address").fill(colleague.email);
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("developer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${colleague.email}.`)).toBeVisible();
  const pending = page
    .getByRole("list", { name: "Pending invitations" })
    .getByRole("listitem", { name: colleague.email });
  await expect(pending).toContainText("Developer");
  await checkA11y(page);
  const link = await mailedLink(colleague.email, "/console/teams/join");

  // Opened by the wrong account, the link says so and offers to sign in as the invited one.
  await page.goto(link);
  await expect(
    page.getByText(`This invitation is for ${colleague.email}; you are signed in as ${owner.email}.`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^Join / })).toHaveCount(0);
  await checkA11y(page);

  // The colleague's browser holds the owner's session too (a shared computer): "Sign in as …"
  // signs in there with the invited account and comes back to the invitation.
  const colleagueContext = await browser.newContext();
  const them = await colleagueContext.newPage();
  await them.setViewportSize(desktop);
  await signIn(them, owner);
  await them.goto(link);
  await them.getByRole("link", { name: `Sign in as ${colleague.email}` }).click();
  await expect(them).toHaveURL(/\/interaction\/[^/]+$/);
  await submitLogin(them, colleague.email, colleague.password);
  await expect(them).toHaveURL(/\/console\/teams\/join\?token=/);
  await expect(them.getByTestId("signed-in-user")).toHaveText(colleague.name);
  await expect(them.getByText(`Olivia Owner invited ${colleague.email} to join as developer`)).toBeVisible();
  await them.getByRole("button", { name: `Join ${teamName}` }).click();
  await expect(them).toHaveURL(new RegExp(`/console/teams/${teamId}\\?joined=1$`));
  await expect(them.getByText(`Welcome to ${teamName}: you joined as developer.`)).toBeVisible();

  // The link was single use.
  await them.goto(link);
  await expect(them.getByText("This invitation link is not valid")).toBeVisible();

  // As developer, the colleague creates an app in the team.
  await them.goto(`/console/teams/${teamId}`);
  await them.getByRole("link", { name: "Create app" }).click();
  await expect(them.getByRole("heading", { level: 1, name: `Create an app in ${teamName}` })).toBeVisible();
  const appName = `Acme Portal ${Date.now()}`;
  const redirectUri = "http://127.0.0.1:9/callback";
  await them.getByRole("radio", { name: "Web application" }).check();
  await them.getByLabel("Name", { exact: true }).fill(appName);
  await them.getByLabel("Redirect URIs", { exact: true }).fill(redirectUri);
  await them.getByRole("button", { name: "Create app" }).click();
  const dialog = them.getByRole("dialog", { name: `“${appName}” is registered` });
  const clientId = (await dialog.getByTestId("new-client-id").textContent())!.trim();
  const secret = (await dialog.getByTestId("new-client-secret").textContent())!.trim();
  await dialog.getByRole("button", { name: "I have saved the secret" }).click();
  await expect(them).toHaveURL(new RegExp(`/console/clients/${clientId}$`));
  await expect(them.getByTestId("owned-by")).toHaveText(`Owned by ${teamName} · your role: developer`);

  // A developer cannot delete it: no control, a sentence why, and the server refuses if forced.
  await openAppTab(them, "Settings");
  await expect(them.getByRole("button", { name: "Delete app" })).toHaveCount(0);
  await expect(
    them.getByText(`Developers of ${teamName} cannot delete apps and APIs; that needs the admin role.`),
  ).toBeVisible();
  const forced = await them.evaluate(async (id) => {
    const response = await fetch(`/clients/${id}`, { method: "DELETE" });
    return { status: response.status, body: await response.json() };
  }, clientId);
  expect(forced.status).toBe(403);
  expect(forced.body).toMatchObject({ required_role: "admin" });
  await checkA11y(them);
  await openAppTab(them, "Credentials");
  await expect(them.getByRole("button", { name: "Add secret" })).toBeVisible();

  // The team's page lists the app for the owner too.
  await page.goto(`/console/teams/${teamId}`);
  await expect(
    page.getByRole("list", { name: `Apps of ${teamName}` }).getByRole("link", { name: appName }),
  ).toBeVisible();
  await checkA11y(page);

  // The owner demotes the colleague to viewer.
  await teamTab(page, "Members").click();
  const member = page.getByRole("listitem", { name: colleague.name });
  await member.getByLabel(`Role of ${colleague.name}`).selectOption("viewer");
  await member.getByRole("button", { name: `Save role of ${colleague.name}` }).click();
  await expect(page.getByTestId("toast")).toContainText(`${colleague.name} is now viewer.`);

  // The secret controls disappear at the colleague's next request, with the reason.
  await them.reload();
  await expect(them.getByRole("heading", { name: "Client secrets" })).toBeVisible();
  await expect(them.getByRole("button", { name: "Add secret" })).toHaveCount(0);
  await expect(them.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
  await expect(
    them.getByText(`Viewers of ${teamName} cannot see, add and revoke client secrets; that needs the developer role.`),
  ).toBeVisible();
  await expect(them.getByTestId("owned-by")).toContainText("your role: viewer");
  await checkA11y(them);
  // Settings are shown, not editable, for a viewer.
  await openAppTab(them, "Settings");
  await expect(them.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(them.getByLabel("Name", { exact: true })).toBeDisabled();
  // A viewer sees the team's other pages without their controls.
  await them.goto(`/console/teams/${teamId}`);
  await expect(them.getByRole("link", { name: "Create app" })).toHaveCount(0);
  await teamTab(them, "Members").click();
  await expect(them.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(
    them.getByRole("listitem", { name: colleague.name }).getByRole("button", { name: "Leave team" }),
  ).toBeVisible();
  await checkA11y(them);

  // The owner gives the team a logo and a homepage in its settings.
  await page.goto(`/console/teams/${teamId}/settings`);
  await page.getByLabel("Logo URL (optional)").fill("https://acme.example/logo.png");
  await page.getByLabel("Homepage (optional)").fill("https://acme.example/");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  // The app's consent screen names the team as its developer, with the team's logo (the app has none).
  const request = await authorizationRequest(await discoverApp(baseURL!, clientId, secret), redirectUri);
  await them.goto(request.url);
  await expect(them.getByRole("heading", { name: `${appName} wants to access your` })).toBeVisible();
  await expect(them.getByText(`Developed by ${teamName}`)).toBeVisible();
  await expect(them.locator('img[src="https://acme.example/logo.png"]')).toHaveCount(1);
  // The colleague leaves the team from its settings; its apps stay with the team.
  await them.goto(`/console/teams/${teamId}/settings`);
  await them.getByRole("button", { name: "Leave team" }).click();
  await them.getByRole("dialog").getByRole("button", { name: "Leave team" }).click();
  await expect(them).toHaveURL(/\/console\?team_left=/);
  await expect(them.getByText(`You left the team “${teamName}”; its apps and APIs stay with it.`)).toBeVisible();
  expect((await them.goto(`/console/clients/${clientId}`))?.status()).toBe(404);
  await colleagueContext.close();

  // The owner's other team pages: APIs, activity, settings.
  await page.goto(`/console/teams/${teamId}/apis`);
  await expect(page.getByText("No APIs yet")).toBeVisible();
  await checkA11y(page);
  await teamTab(page, "Activity").click();
  // The colleague left: their joining, app and leaving are there, named as no longer a member.
  const feed = page.getByRole("list", { name: "Team activity" });
  await expect(feed).toContainText("By Someone outside the team");
  await expect(feed).not.toContainText(colleague.email);
  await checkA11y(page);
  await teamTab(page, "Settings").click();
  await expect(page.getByRole("button", { name: "Delete team" })).toBeVisible();
  await checkA11y(page);
  // An owner moves the team's app to themselves: same client id, now on their own list.
  await page.goto(`/console/clients/${clientId}/settings`);
  await expect(page.getByLabel("Move to")).toHaveValue("personal");
  await page.getByRole("button", { name: "Move…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Move to Personal (you)" }).click();
  await expect(page.getByTestId("toast")).toContainText(`“${appName}” now belongs to Personal (you).`);
  await expect(page.getByTestId("owned-by")).toHaveCount(0);
  await page.goto("/console");
  await expect(page.getByRole("list", { name: "Your apps" }).getByRole("link", { name: appName })).toBeVisible();

  await page.goto("/console/teams");
  await expect(page.getByRole("list", { name: "Your teams" }).getByRole("listitem", { name: teamName })).toContainText(
    "Owner",
  );
  await checkA11y(page);

  // The team's last owner cannot delete their account: the account page names the team instead.
  await page.goto("/account");
  await expect(page.getByText("You are the last owner of this team.")).toBeVisible();
  await expect(page.getByRole("link", { name: teamName })).toHaveAttribute("href", `/console/teams/${teamId}/members`);
  await expect(page.getByRole("button", { name: "Delete my account…" })).toHaveCount(0);

  // An owner deletes a team that owns nothing, after typing its name.
  await page.goto(`/console/teams/${teamId}/settings`);
  await page.getByRole("button", { name: "Delete team" }).click();
  const confirm = page.getByRole("dialog", { name: `Delete “${teamName}”?` });
  await confirm.getByLabel(`Type “${teamName}” to confirm`).fill(teamName);
  await confirm.getByRole("button", { name: "Delete this team" }).click();
  await expect(page).toHaveURL(/\/console\?team_deleted=/);
  await expect(page.getByText(`The team “${teamName}” was deleted.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Workspace: Personal" })).toBeVisible();
});
