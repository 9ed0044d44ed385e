import { expect, test, type Page } from "@playwright/test";
import { newAccount, signUpThroughLogin } from "./support/accounts";

// The console on phones (components/console/console-shell.tsx): nothing sticks out of the viewport,
// and every section of the navigation can be seen and reached without scrolling sideways. 390 px
// (a current iPhone) and 360 px (many Android phones; before the fix, "Connected apps" was cut off;
// it now sits in the account's own navigation, e2e/account-navigation.spec.ts).

// "Account" leads out of the console to the account's own space, whose navigation marks Profile.
const SECTIONS = [
  { name: "Apps", url: /\/console$/, current: { nav: "Console", link: "Apps" } },
  { name: "Access tokens", url: /\/console\/tokens$/, current: { nav: "Console", link: "Access tokens" } },
  { name: "Account", url: /\/account$/, current: { nav: "Account", link: "Profile" } },
];

/** Elements of the page whose box reaches past the right or left edge of the viewport. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll("body *")].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    });
    const scroll =
      document.documentElement.scrollWidth > width
        ? [`page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`]
        : [];
    return [...scroll, ...out.map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 120))];
  });
}

test("the console's header and navigation fit 390 px and 360 px screens, and every section is reachable", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpThroughLogin(page, newAccount("Grace Brewster Murray Hopper"));
  const nav = page.getByRole("navigation", { name: "Console" });

  for (const [i, section] of [...SECTIONS, ...SECTIONS].entries()) {
    if (i === SECTIONS.length) await page.setViewportSize({ width: 360, height: 780 });
    const link = nav.getByRole("link", { name: section.name, exact: true });
    await expect(link).toBeInViewport({ ratio: 1 });
    await link.click();
    await expect(page).toHaveURL(section.url);
    const current = page.getByRole("navigation", { name: section.current.nav });
    await expect(current.getByRole("link", { name: section.current.link, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
    expect(await overflowing(page), `on ${page.url()}`).toEqual([]);
    if (section.current.nav === "Account") {
      await page.getByRole("link", { name: "Developer console" }).click();
      await expect(page).toHaveURL(/\/console$/);
    }
  }
});
