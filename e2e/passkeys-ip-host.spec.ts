import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { freePort, startServer, type RunningServer } from "../tests/integration/support/start-server";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";

// Reached by an IP address, Ninka cannot offer passkeys (browsers refuse an IP as WebAuthn RP ID,
// lib/accounts/passkeys/relying-party.ts): the login page does not offer one, and the security page
// says why instead of a ceremony that fails with "cancelled or timed out". Its own server, on
// NINKA_URL=http://127.0.0.1:<port>.
let server: RunningServer;
let baseURL: string;
const env = { NINKA_DATA_DIR: `/tmp/ninka-e2e-ip-${randomUUID()}`, DATABASE_URL: "", NINKA_TRUST_PROXY: "1" };
const person = { name: "Ip Host", email: `ip-${randomUUID()}@example.test`, password: `ip host ${randomUUID()}` };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = await startServer({ ...env, NINKA_URL: baseURL }, { port });
  const created = await runNinkaCli(
    ["users", "create", "--email", person.email, "--name", person.name, "--password-stdin"],
    { ...env, NINKA_URL: baseURL },
    `${person.password}\n`,
  );
  expect(created.code, created.stderr).toBe(0);
});
test.afterAll(async () => {
  await server?.stop();
});

test("on an IP-address host, passkeys are not offered and the security page says why", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await giveOwnAddress(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\//);
  // Neither the autofill offer nor the button.
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "username");
  await expect(page.getByRole("button", { name: "Use a passkey" })).toHaveCount(0);
  await submitLogin(page, person.email, person.password);
  await expect(page).toHaveURL(/\/console$/);

  await page.goto("/account/security");
  await expect(page.getByText("Passkeys are not available on this Ninka")).toBeVisible();
  await expect(page.getByText(`(127.0.0.1:${new URL(baseURL).port})`)).toBeVisible();
  await expect(page.getByRole("button", { name: /add a passkey/i })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
