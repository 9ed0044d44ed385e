import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { newAccount, signUpThroughLogin } from "./support/accounts";
import { createAppThroughConsole } from "./support/clients";
import { collectPageErrors } from "./support/page-errors";

// The security headers in a real browser (ARCHITECTURE.md "Security headers"): Ninka's pages
// cannot be framed by another site, and its own pages work under the nonce-based CSP.

/** A page server on another port (another origin, the same site: the issue's attacker). */
async function serveElsewhere(html: (origin: string) => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(
      req.url === "/plain"
        ? "<!DOCTYPE html><p id=plain>an unprotected page</p>"
        : html(`http://localhost:${(server.address() as AddressInfo).port}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

test("a login page refuses to render in a frame on another origin", async ({ page, baseURL }) => {
  await page.goto("/console");
  await expect(page).toHaveURL(/\/interaction\/[^/]+$/);
  const loginUrl = page.url();
  await expect(page.getByLabel("Password")).toBeVisible();

  const elsewhere = await serveElsewhere(
    (origin) =>
      `<!DOCTYPE html><iframe id="control" src="${origin}/plain"></iframe><iframe id="ninka" src="${loginUrl}"></iframe>`,
  );
  try {
    const attacker = await page.context().newPage();
    const messages: string[] = [];
    attacker.on("console", (message) => messages.push(message.text()));
    await attacker.goto(`${elsewhere.origin}/`);
    // The control frame (no headers) renders, so a rendered frame would be seen.
    await expect(attacker.frameLocator("#control").locator("#plain")).toBeVisible();
    await expect.poll(() => messages.join("\n")).toMatch(/frame-ancestors 'none'|X-Frame-Options/);
    const framed = attacker
      .frames()
      .find((frame) => frame.url().startsWith(baseURL!) || frame.url().startsWith("chrome-error:"));
    expect(framed?.url() ?? "").not.toBe(loginUrl);
    await expect(attacker.frameLocator("#ninka").getByLabel("Password")).toHaveCount(0);
  } finally {
    elsewhere.server.close();
  }
});

test("the console works under the CSP: sign up, create an app, sign out, with no blocked script or style", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const consoleResponse = await page.request.get("/console", { maxRedirects: 0 });
  expect(consoleResponse.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );

  await signUpThroughLogin(page, newAccount("Radia Perlman"));
  const created = await createAppThroughConsole(page, {
    name: "CSP check",
    redirectUris: ["https://csp.example.com/callback"],
  });
  expect(created.secret).toMatch(/^ninka_cs_/);
  // Client-side navigation and a server action that re-renders.
  await page.getByRole("link", { name: "Access tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal access tokens" })).toBeVisible();
  await page.getByRole("link", { name: "Apps", exact: true }).click();
  await expect(page.getByRole("link", { name: "CSP check" })).toBeVisible();
  // The other kinds of page: documentation, account, and oidc-provider's device page.
  for (const [path, heading] of [
    ["/docs", /Ninka/],
    ["/docs/api", /API/],
    ["/account/apps", "Connected apps"],
    ["/device", "Connect a device"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
  }
  await page.goto("/console");
  // Sign-out passes oidc-provider's own page, whose inline script signs out automatically.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  expect(errors).toEqual([]);
});
