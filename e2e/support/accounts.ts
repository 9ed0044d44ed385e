import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
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
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `2001:db8::${randomBytes(6).toString("hex").match(/.{4}/g)!.join(":")}`,
  });
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

/** From any page that leads to Ninka's login (e.g. /console), creates the account and signs in. */
export async function signUpThroughLogin(
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
export async function verifyEmailFromLog(
  page: Page,
  email: string,
  readLog = () => readFileSync(`${e2eDataDir}-server.log`, "utf8"),
) {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = readLog()
          .split("\n")
          .filter((line) => line.includes('"to":"' + email + '"') && line.includes("/verify-email?token="))
          .at(-1);
        link = mail?.match(/https?:\/\/[^\s"\\]+\/verify-email\?token=[\w-]+/)?.[0];
        return link;
      },
      { message: `a verification mail to ${email} in the server log` },
    )
    .toBeTruthy();
  await page.goto(link!);
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByText(`Thank you: ${email} is verified.`)).toBeVisible();
  await page.goto("/console");
}

/** Fills Ninka's login page. */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
