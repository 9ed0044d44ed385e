import { expect, test, type Page } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signedInContext } from "./support/accounts";
import { person, useOwnServer } from "./support/own-server";

// Teams in administration (ARCHITECTURE.md "Administration"): an administrator finds a team from the
// Teams tab, opens it, and makes an account an owner; a wrong address is answered beside the field.
// Its own Ninka: the team list is instance-wide, and its count is asserted.
test.describe.configure({ mode: "serial" });

const admin = person("Grace");
const olive = person("Olive");
const sam = person("Sam");
const instance = useOwnServer("admin-teams", [{ who: admin, admin: true }, { who: olive }, { who: sam }]);
const TEAM = "Lighthouse Labs";
const SLUG = "lighthouse-labs";

const toast = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  // Olive makes the team over REST, with a personal access token the CLI gives her.
  const env = instance.env;
  const token = await runNinkaCli(
    ["tokens", "create", "--email", olive.email, "--name", "e2e", "--scopes", "teams:read,teams:write"],
    env,
  );
  expect(token.code, token.stderr).toBe(0);
  const created = await fetch(`${instance.server().url}/teams`, {
    method: "POST",
    headers: { authorization: `Bearer ${token.stdout.trim()}`, "content-type": "application/json" },
    body: JSON.stringify({ name: TEAM, slug: SLUG }),
  });
  expect(created.status).toBe(201);
});

test("an admin finds a team, opens it and makes an account an owner", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, instance.server().url, admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  await expect(page.getByText("1 team.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A search that finds nothing says so; the slug's beginning finds the team.
  await page.getByLabel("Team ID, or the beginning of a slug or name").fill("nothing-here");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No teams found")).toBeVisible();
  await page.getByLabel("Team ID, or the beginning of a slug or name").fill("lighthouse");
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("listitem", { name: TEAM });
  await expect(row.getByText(olive.email)).toBeVisible();
  await expect(row.getByText(SLUG, { exact: true })).toBeVisible();
  await row.getByRole("link", { name: TEAM }).click();

  await expect(page).toHaveURL(/\/admin\/teams\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: TEAM })).toBeVisible();
  const members = page.getByRole("list", { name: "Members" });
  await expect(members.getByRole("listitem")).toHaveCount(1);
  await expect(members.getByRole("link", { name: olive.name })).toBeVisible();
  await expect(page.getByText("No apps", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Recent activity" }).getByText("Team created")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An address without an account is answered beside the field; nothing changes.
  const email = page.getByLabel("Email address of the account");
  await email.fill("nobody@example.test");
  await page.getByRole("button", { name: "Make an owner" }).click();
  await expect(page.getByText("No account uses nobody@example.test.")).toBeVisible();
  await expect(email).toHaveValue("nobody@example.test");
  await expect(members.getByRole("listitem")).toHaveCount(1);

  await email.fill(sam.email);
  await page.getByRole("button", { name: "Make an owner" }).click();
  await expect(toast(page, `${sam.email} is now an owner of ${TEAM}.`)).toBeVisible();
  await expect(email).toHaveValue("");
  const samRow = members.getByRole("listitem").filter({ hasText: sam.email });
  await expect(samRow.getByText("owner", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Recent activity" }).getByText("Member joined")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("the team pages fit a phone", async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page } = await signedInContext(browser, instance.server().url, admin);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/teams");
  const row = page.getByRole("listitem", { name: TEAM });
  await expect(row.getByText(sam.email)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("link", { name: TEAM }).click();
  await expect(page.getByRole("heading", { level: 1, name: TEAM })).toBeVisible();
  await expect(page.getByRole("list", { name: "Members" }).getByRole("listitem")).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
