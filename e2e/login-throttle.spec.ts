import { expect, test } from "@playwright/test";
import { startServer } from "../tests/integration/support/start-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";
import { e2eDataDir } from "./support/server-env";

const GENERIC = "That email and password do not match an account. Check them and try again.";
const THROTTLED = /Too many failed sign-in attempts\. Try again in 1[45] minutes\./;

test("wrong password: one generic message; the 6th attempt is refused, on a second server process too", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const account = newAccount();
  await signUpThroughLogin(page, account);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);

  await page.goto("/console");
  // An unknown email reads exactly like a wrong password (no account enumeration).
  await submitLogin(page, `nobody-${account.email}`, "whatever it is 123");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(GENERIC);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitLogin(page, account.email, `wrong password ${attempt}`);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(GENERIC);
    await expect(page.getByLabel("Email")).toHaveValue(account.email); // the typed email is kept
  }
  await expectNoSeriousA11yViolations(page);
  await submitLogin(page, account.email, account.password);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(THROTTLED);

  // A second Ninka process on the same database refuses it as well, even with the right password.
  const second = await startServer({ NINKA_DATA_DIR: e2eDataDir, DATABASE_URL: "" });
  const context = await browser.newContext({ baseURL: second.url });
  try {
    const other = await context.newPage();
    await other.goto("/console");
    await expect(other).toHaveURL(/\/interaction\/[^/]+$/);
    await submitLogin(other, account.email, account.password);
    await expect(other.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(THROTTLED);
    await expectNoSeriousA11yViolations(other);
  } finally {
    await context.close();
    await second.stop();
  }
});
