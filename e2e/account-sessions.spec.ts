import { expect, test, type BrowserContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";

// Issue 12 item 5: /account/security lists the browsers signed in to Ninka and signs one out.
// The console keeps its own session cookie; without it, a browser signed in to Ninka goes straight
// back in, and a signed-out one is asked for the password.
const dropConsoleSession = async (context: BrowserContext) => {
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.addCookies(cookies.filter((cookie) => !cookie.name.includes("next-auth.session-token")));
};

test("sign out another browser from /account/security", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const account = newAccount("Two Browsers");
  await signUpThroughLogin(page, account);

  const other = await browser.newContext({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1" });
  const phone = await other.newPage();
  await giveOwnAddress(phone);
  await phone.goto("/console");
  await submitLogin(phone, account.email, account.password);
  await expect(phone).toHaveURL(/\/console$/);

  await page.goto("/account/security");
  const list = page.getByRole("list", { name: "Signed-in browsers" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This browser")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await list.getByRole("listitem", { name: "Safari on iOS" }).getByRole("button", { name: /Sign out/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // The phone's Ninka session is gone: signing in to the console again asks for the password.
  await dropConsoleSession(other);
  await phone.goto("/console");
  await expect(phone).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(phone.getByLabel("Password")).toBeVisible();
  // This browser's is not: it goes straight back in.
  await dropConsoleSession(page.context());
  await page.goto("/console");
  await expect(page).toHaveURL(/\/console$/);
  await other.close();
});
