import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { runNinkaCli } from "../tests/integration/support/run-ninka-cli";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { giveOwnAddress, submitLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";
import { authorizationRequest, discoverApp, useAppCallback } from "./support/oauth-app";
import { person, useOwnServer } from "./support/own-server";

// The instance's name is instance-wide (every title, the consent screen, every mail), so this spec
// runs its own Ninka: the shared e2e server keeps its host as its name.
const admin = person("Grace");
const instance = useOwnServer("instance-name", [{ who: admin, admin: true }]);
const callback = useAppCallback();

async function signIn(page: Page) {
  await giveOwnAddress(page);
  await page.goto("/console");
  await submitLogin(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/console$/);
}

test("an admin names the instance; titles, the consent screen and mails say it; the CLI renames it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: instance.server().url });
  const page = await context.newPage();
  await signIn(page);
  const host = new URL(instance.server().url).host;
  await expect(page).toHaveTitle(new RegExp(` · ${host.replace(/\./g, "\\.")}$`));

  await page.goto("/admin/settings");
  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toHaveValue("");
  await expect(name).toHaveAttribute("placeholder", host);
  await name.fill("A".repeat(61));
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Keep the name to 60 characters.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("Acme ID");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Saved. This instance is now called Acme ID.")).toBeVisible();
  await expect(page).toHaveTitle("Settings · Administration · Acme ID");
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);

  // Mails carry it: an invitation, written to the server's log (no SMTP on a loopback URL).
  const invitee = `invitee-${randomUUID()}@example.test`;
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  expect(instance.server().logs()).toContain("You are invited to Acme ID");

  // The CLI renames it; the consent screen names the instance it is on.
  const renamed = await runNinkaCli(["settings", "instance-name", "Beta ID"], instance.env);
  expect(renamed.code, renamed.stderr).toBe(0);
  const { clientId, secret } = await createAppThroughConsole(page, {
    name: "Photo Printer",
    redirectUris: [callback().redirectUri],
  });
  await expect(page).toHaveTitle("App overview · Beta ID");
  const app = await discoverApp(instance.server().url, clientId, secret);
  await page.goto((await authorizationRequest(app, callback().redirectUri)).url);
  await expect(page.getByRole("heading", { name: "Photo Printer wants to access your account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Beta ID", exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/ · Beta ID$/);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
