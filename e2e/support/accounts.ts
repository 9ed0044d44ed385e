import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { serverActionId } from "../../tests/integration/support/post-server-action";
import { e2eDataDir } from "./server-env";

// Each test makes its own account (tests run in parallel against one server).
export const newAccount = (name = "Ada Lovelace") => ({
  name,
  email: `e2e-${randomUUID()}@example.test`,
  password: `correct horse ${randomUUID().slice(0, 8)}`,
});

export type Account = ReturnType<typeof newAccount>;

/**
 * Gives the page its own client address (the e2e server trusts X-Forwarded-For, NINKA_TRUST_PROXY=1):
 * sign-ups and failed logins are throttled per IP, and the suite makes many of both.
 */
export async function giveOwnAddress(page: Page) {
  const address = `2001:db8::${randomBytes(6).toString("hex").match(/.{4}/g)!.join(":")}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

/** A new browser context (another person, another computer) whose page has signed up as `account`. */
export async function signedUpContext(
  browser: Browser,
  account: Account,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpThroughLogin(page, account);
  return { context, page };
}

/**
 * Creates the account and signs the page's browser in over HTTP on the browser's own cookie jar:
 * the sign-up server action posted as React posts it, the mailed verification link's action, then
 * the console's real sign-in (next-auth, Ninka's login route, the callback). The same server code
 * as signUpInBrowser without rendering eight pages; the page ends on /console.
 */
export async function signUpThroughLogin(
  page: Page,
  account: Account,
  options: { readLog?: () => string; verify?: boolean } = {},
) {
  const address = await giveOwnAddress(page);
  const request = page.context().request;
  const headers = { "x-forwarded-for": address };
  const signedUp = await postAction(request, "/signup", "signUpAction", account, headers);
  expect(signedUp, `sign-up of ${account.email}: ${JSON.stringify(signedUp)}`).toMatchObject({ ok: true });
  if (options.verify !== false) {
    const token = new URL(await mailedVerificationLink(account.email, options.readLog)).searchParams.get("token");
    expect(await postAction(request, "/verify-email", "verifyEmailAction", { token }, headers)).toMatchObject({
      ok: true,
    });
  }
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await request.post("/api/auth/signin/ninka", {
    headers,
    form: { csrfToken, callbackUrl: new URL("/console", csrf.url()).href },
  });
  expect(login.url(), "next-auth sends the browser to Ninka's login page").toMatch(/\/interaction\/[^/]+$/);
  const landed = await request.post(`${login.url()}/login`, {
    headers,
    form: { email: account.email, password: account.password },
  });
  expect(landed.url(), `console sign-in of ${account.email}`).toMatch(/\/console$/);
  await page.goto("/console");
}

/**
 * Signs up through the browser as a person does: /console, Ninka's login page, "Create an account",
 * the form, "Continue to sign in", the login form, then the mailed link. Slow (eight pages): specs
 * about sign-up use it; the others use signUpThroughLogin.
 */
export async function signUpInBrowser(
  page: Page,
  account: Account,
  options: { readLog?: () => string; verify?: boolean } = {},
) {
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  // Opened by its address rather than a click: on a loaded machine a click on the link while the
  // login page was still hydrating once left the page where it was.
  const signUp = await page.getByRole("link", { name: "Create an account" }).getAttribute("href");
  await page.goto(signUp!);
  // The form's fields are controlled: what is typed before React hydrates the page is reset then
  // (on a loaded machine the test types that early), so wait until React owns the field.
  await page.waitForFunction(
    () => {
      const field = document.querySelector('input[name="name"]');
      return Boolean(field) && Object.keys(field!).some((key) => key.startsWith("__reactFiber"));
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up answers "check your email" whether or not the address was new (no enumeration);
  // the new account can sign in right away.
  await expect(page.getByText("Check your email.")).toBeVisible();
  await page.getByRole("button", { name: "Continue to sign in" }).click();
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  await submitLogin(page, account.email, account.password);
  await expect(page).toHaveURL(/\/console$/);
  if (options.verify !== false) await verifyEmailFromLog(page, account.email, options.readLog);
}

/**
 * Opens the verification link the server mailed to `email` (with no SMTP configured on its loopback
 * URL, mails go to its log; the shared e2e server's is the file playwright.config.ts writes beside
 * the data directory, a spec's own server passes `readLog`) and verifies: creating an app needs a verified address. Back on /console afterwards.
 */
export async function verifyEmailFromLog(page: Page, email: string, readLog?: () => string) {
  await page.goto(await mailedVerificationLink(email, readLog));
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByText(`Thank you: ${email} is verified.`)).toBeVisible();
  await page.goto("/console");
}

/** The last verification link mailed to `email`, from the server's log (see verifyEmailFromLog). */
const mailedVerificationLink = (email: string, readLog?: () => string) => mailedLink(email, "/verify-email", readLog);

/**
 * The last link to `path` (with its `?token=`) mailed to `email`: with no SMTP configured on its
 * loopback URL, the server writes mails to its log (the shared e2e server's is the file
 * playwright.config.ts writes beside the data directory; a spec's own server passes `readLog`).
 */
export async function mailedLink(
  email: string,
  path: string,
  readLog = () => readFileSync(`${e2eDataDir}-server.log`, "utf8"),
): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"\\\\]+${path.replace(/[/.]/g, "\\$&")}\\?token=[\\w-]+`);
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = readLog()
          .split("\n")
          .filter((line) => line.includes('"to":"' + email + '"') && line.includes(`${path}?token=`))
          .at(-1);
        link = mail?.match(pattern)?.[0];
        return link;
      },
      { message: `a mail to ${email} linking to ${path} in the server log` },
    )
    .toBeTruthy();
  return link!;
}

/**
 * Posts a server action the way React's client posts a form (multipart, `Next-Action: <id>`, the
 * fields, then useActionState's arguments) and returns its typed result. The id comes from the
 * build's own manifest, so a renamed action fails here loudly.
 */
async function postAction(
  request: APIRequestContext,
  path: string,
  exportedName: string,
  fields: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const id = serverActionId(exportedName);
  // The fields first: the server resolves "$K1" (the FormData argument) from what came before "0".
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, String(value));
  multipart.append("0", JSON.stringify([null, "$K1"]));
  const response = await request.post(path, {
    headers: { ...headers, "next-action": id, accept: "text/x-component" },
    multipart,
  });
  const text = await response.text();
  expect(response.status(), `${exportedName}: ${text.slice(0, 300)}`).toBe(200);
  return JSON.parse(text.match(/^1:(.*)$/m)?.[1] ?? "null") as { ok: boolean } | null;
}

/** Fills Ninka's login page. */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs the page in as an existing account through Ninka's login page (from /console). */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await giveOwnAddress(page);
  await page.goto("/console");
  await submitLogin(page, who.email, who.password);
  await expect(page).toHaveURL(/\/console$/);
}

/** A new browser context on `baseURL` (e.g. a spec's own server) whose page has signed in as `who`. */
export async function signedInContext(browser: Browser, baseURL: string, who: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}
