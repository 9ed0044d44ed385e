import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on serious or critical axe-core violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Colours animate (`transition-colors`) after a theme or viewport switch; measured mid-way, a
  // button's contrast is neither theme's. Let running transitions end (not infinite animations,
  // such as a spinner's).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // By default AxeBuilder opens a blank page (a new renderer process) after every check to merge
  // the results of cross-origin frames; that doubled the cost of each check. Ninka's pages have no
  // frames, so a page without any is checked in place (axe's own single-document mode); a page
  // that gains a frame is checked the default way, frames included.
  const framed = page.frames().length > 1;
  const results = await new AxeBuilder({ page }).setLegacyMode(!framed).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
