import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { collectPageErrors } from "./support/page-errors";

// Unknown addresses, in Next.js and under /oauth, get Ninka's own page (app/not-found.tsx,
// lib/provider/oidc-pages/not-found-page.ts): its header, a way home, and nothing the CSP refuses.
async function expectNotFoundPage(page: Page, path: string, errors: string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ninka", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ninka home" })).toBeVisible();
  // The browser reports the document's own 404 as a console error; anything else (a style or
  // script the CSP refused) fails.
  expect(
    errors.filter((error) => !error.includes("status of 404")),
    path,
  ).toEqual([]);
}

test("unknown pages and /oauth paths get a branded 404 with a way home, light and dark", async ({ page }) => {
  const errors = collectPageErrors(page);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNotFoundPage(page, "/no-such-page", errors);
    await expectNoSeriousA11yViolations(page);
    await expectNotFoundPage(page, "/oauth/no-such-endpoint", errors);
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole("link", { name: "Ninka home" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("programs still get plain answers from /oauth: no HTML for an unknown path, JSON errors from endpoints", async ({
  request,
}) => {
  const unknown = await request.get("/oauth/no-such-endpoint", { headers: { accept: "application/json" } });
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"] ?? "").not.toContain("text/html");
  const token = await request.post("/oauth/token", { form: { grant_type: "client_credentials" } });
  expect(token.status()).toBeGreaterThanOrEqual(400);
  expect(token.headers()["content-type"]).toContain("application/json");
  expect(await token.json()).toHaveProperty("error");
});

test("signed in, an unknown console page and /admin (not an admin) get the same 404; a failing page the error page", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUpThroughLogin(page, newAccount("Mae Jemison"));
  const errors = collectPageErrors(page);
  await expectNotFoundPage(page, "/console/no-such-page", errors);
  await expectNotFoundPage(page, "/admin", errors);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Go to the console" }).click();
  await expect(page).toHaveURL(/\/console$/);

  // A page that fails (here on a cursor it cannot read) shows app/error.tsx in the same look.
  await page.goto("/account/activity?cursor=not-a-cursor");
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  // React logs the server's error (#441: its message withheld in production); nothing else.
  expect(errors.filter((error) => !/status of (404|500)|React error #441/.test(error))).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Ninka home" }).click();
  await expect(page).toHaveURL(/\/$/);
});
