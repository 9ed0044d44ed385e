import { expect, test } from "@playwright/test";
import { DOCS_NAV } from "../components/docs/docs-pages";
import { TEAM_ACTIONS, TEAM_ROLES } from "../lib/kernel/actors/team-permissions";
import { expectNoSeriousA11yViolations } from "./support/a11y";

// Every documentation page in the side navigation renders with a heading and no serious or
// critical accessibility violation; the teams page's role table is the one permission table.
const pages = DOCS_NAV.flatMap((item) => [item, ...(item.children ?? [])]).filter(
  (item) => item.href !== "/openapi.json",
);

for (const { href, label } of pages) {
  test(`docs: ${label} (${href})`, async ({ page }) => {
    const response = await page.goto(href);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test("docs: the teams page lists every action of the permission table, for every role", async ({ page }) => {
  await page.goto("/docs/teams");
  const table = page.getByRole("table", { name: "Team roles and what each may do" });
  await expect(table).toBeVisible();
  for (const { label } of Object.values(TEAM_ACTIONS))
    await expect(table.getByRole("rowheader", { name: label })).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveCount(TEAM_ROLES.length + 1);
});
