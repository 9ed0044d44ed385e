import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, newAccount, signUpThroughLogin, submitLogin } from "./support/accounts";

// /account/security lists the browsers signed in to Ninka and signs one out. Its console session
// ends with its Ninka session (ARCHITECTURE.md "What ends when"): the next console page asks it to
// sign in, and a REST call with its console cookie is 401.
test("sign out another browser from /account/security: its console page and REST calls end at once", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const account = newAccount("Two Browsers");
  await signUpThroughLogin(page, account);

  const other = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  });
  const phone = await other.newPage();
  await giveOwnAddress(phone);
  await phone.goto("/console");
  await submitLogin(phone, account.email, account.password);
  await expect(phone).toHaveURL(/\/console$/);
  const restByCookie = async () => (await other.request.get("/clients", { headers: { origin: baseURL! } })).status();
  expect(await restByCookie()).toBe(200);

  await page.goto("/account/security");
  const list = page.getByRole("list", { name: "Signed-in browsers" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This browser")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await list
    .getByRole("listitem", { name: "Safari on iOS" })
    .getByRole("button", { name: /Sign out/ })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // The phone, still holding its console cookie: its next page goes to Ninka's login, REST is 401.
  expect(await restByCookie()).toBe(401);
  await phone.goto("/console/clients");
  await expect(phone).toHaveURL(/\/interaction\/[^/]+$/);
  await expect(phone.getByLabel("Password")).toBeVisible();
  // This browser stays signed in.
  await page.goto("/console");
  await expect(page).toHaveURL(/\/console$/);
  await other.close();
});
