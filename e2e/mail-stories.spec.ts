import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { linkIn, startMailCatcher } from "../tests/integration/support/mail-catcher";
import { startServer, type RunningServer } from "../tests/integration/support/start-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";

// The account stories (verify, reset, delete) through a real browser and a real SMTP listener: this spec runs its own Ninka
// with NINKA_SMTP_URL pointing at the listener (STARTTLS with a test CA: catcher.env), and follows
// the links in the mails it catches.
test.describe.configure({ mode: "serial" });

let server: RunningServer;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
const newPerson = (name: string) => ({
  name,
  email: `${name.toLowerCase()}-${randomUUID()}@example.test`,
  password: `${name} password ${randomUUID().slice(0, 8)}`,
});

test.beforeAll(async () => {
  test.setTimeout(120_000);
  catcher = await startMailCatcher();
  server = await startServer({
    NINKA_DATA_DIR: `/tmp/ninka-e2e-mail-${randomUUID()}`,
    DATABASE_URL: "",
    NINKA_TRUST_PROXY: "1",
    ...catcher.env,
  });
});
test.afterAll(async () => {
  await server?.stop();
  await catcher?.close();
});

async function signUp(page: Page, person: ReturnType<typeof newPerson>) {
  await giveOwnAddress(page);
  await page.goto("/signup");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email.")).toBeVisible();
}

async function signIn(page: Page, person: { email: string; password: string }) {
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\//);
  await submitLogin(page, person.email, person.password);
  await expect(page).toHaveURL(/\/console$/);
}

test("sign up, verify the address from the mailed link, and create an app", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const ada = newPerson("Ada");
  await signUp(page, ada);
  const link = linkIn(await catcher.waitFor(ada.email));
  // Before verifying, the console asks for it instead of offering the app form; the link can be sent again.
  await signIn(page, ada);
  await page.goto("/console/clients/new");
  await expect(page.getByText(/Verify your email address before creating an app/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The page's own notice (the banner above every page has the same button).
  await page.getByRole("main").getByRole("button", { name: "Send the link again" }).click();
  await expect(
    page.getByRole("main").getByText(/We just sent you a link\. You can ask for another in \d+ seconds\./),
  ).toBeVisible();
  // Registering an API waits for the same proof, shown the same way.
  await page.goto("/console/apis/new");
  await expect(page.getByText(/Verify your email address before registering an API/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: "Send the link again" })).toBeVisible();
  await expect(page.getByLabel("Identifier")).toHaveCount(0);
  expect(new URL(link).pathname).toBe("/verify-email");
  await page.goto(link);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByText(`Thank you: ${ada.email} is verified.`)).toBeVisible();
  // Used once: the same link is refused.
  await page.goto(link);
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByText("This link has expired or was already used.", { exact: false })).toBeVisible();

  const { clientId } = await createAppThroughConsole(page, {
    name: "Verified app",
    redirectUris: ["https://app.example/callback"],
  });
  expect(clientId).toMatch(/^[0-9a-f]{24}$/);
  await context.close();
});

test("forgot password: the mailed link sets a new one, the old one stops working", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const bob = newPerson("Bob");
  await signUp(page, bob);
  await catcher.waitFor(bob.email);

  await page.goto("/console");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Email").fill(bob.email);
  const before = catcher.mails.length;
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect.poll(() => catcher.mails.slice(before).some((mail) => mail.to.includes(bob.email))).toBe(true);
  const reset = linkIn(catcher.mails.slice(before).find((mail) => mail.to.includes(bob.email))!);
  expect(new URL(reset).pathname).toBe("/reset-password");

  await page.goto(reset);
  const fresh = `${bob.password} renewed`;
  await page.getByLabel("New password").fill(fresh);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/console");
  await submitLogin(page, bob.email, bob.password);
  await expect(page.getByText("do not match an account")).toBeVisible();
  await submitLogin(page, bob.email, fresh);
  await expect(page).toHaveURL(/\/console$/);
  await context.close();
});

test("deleting an account deletes its apps: their client_credentials stop working", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const cleo = newPerson("Cleo");
  await signUp(page, cleo);
  await page.goto(linkIn(await catcher.waitFor(cleo.email)));
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByText(`Thank you: ${cleo.email} is verified.`)).toBeVisible();
  await signIn(page, cleo);
  const { clientId, secret } = await createAppThroughConsole(page, { name: "Nightly job", type: "Machine to machine" });
  const token = () =>
    fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
  expect((await token()).status).toBe(200);

  await page.goto("/account");
  await page.getByRole("button", { name: "Delete my account…" }).click();
  const deletion = page.getByRole("dialog", { name: "Delete your account?" });
  await deletion.getByRole("checkbox", { name: "Nightly job" }).check();
  await deletion.getByLabel(`Type ${cleo.email} to confirm`).fill(cleo.email);
  await deletion.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText(/Your account has been deleted, with 1 app/)).toBeVisible();

  const refused = await token();
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: string }).error).toBe("invalid_client");
  await context.close();
});
