import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authorize, startAuthorization } from "./support/authorize";
import { createDeveloper } from "./support/api-fixtures";
import { publisherApi } from "./support/register-web-app";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// The account forms over HTTP, against a real server process: the login form, sign-up, logout.
const REDIRECT = "https://app.example/callback";
// This file's own client address on the shared server: its failed sign-ins count toward a per-IP
// throttle bucket no other file uses.
const ADDRESS = { "x-forwarded-for": "192.0.2.41" };

describe("account forms", () => {
  const database = useServer();
  let server: TestServer;
  let clientId: string;

  beforeAll(async () => {
    server = database.server();
    const api = await publisherApi(server.url);
    const created = await api("POST", "/clients", {
      client_name: "Acme",
      redirect_uris: [REDIRECT],
      application_type: "web",
      scope: "openid email",
    });
    clientId = created.json.client_id as string;
  });

  /** A browser at the login page of a fresh authorization. */
  async function loginPage(browser = new Browser(server.url, ADDRESS)) {
    const config = await discover(server.url, clientId, undefined, "none");
    const { url } = await startAuthorization(config, REDIRECT, { scope: "openid email" });
    const page = await browser.visit(url.href);
    expect(page.html).toContain('/login"');
    const action = page.html.match(/action="([^"]*\/login)"/)![1]!.replace(/&amp;/g, "&");
    return { browser, page, action };
  }

  it("a failed login keeps the typed email in the form, not in the URL", async () => {
    const { browser, action } = await loginPage();
    const address = `typed-${randomUUID()}@example.test`;
    const response = await browser.request(action, { form: { email: address, password: "wrong password here" } });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).not.toContain("typed-");
    expect(location).not.toContain(encodeURIComponent(address));
    const again = await browser.visit(location);
    expect(again.html).toContain(`value="${address}"`);
    expect(again.html).toContain("do not match an account");
  });

  it("“Continue to sign in” after a sign-up fills the address in on that sign-in, never from another site", async () => {
    // Ninka's own page posts with its origin (browsers send Origin and Sec-Fetch-Site on a POST).
    const own = new Browser(server.url, { ...ADDRESS, origin: server.url, "sec-fetch-site": "same-origin" });
    const { page } = await loginPage(own);
    const uid = new URL(page.url).pathname.split("/")[2]!;
    const address = `new-${randomUUID()}@example.test`;
    expect(page.html).not.toContain(address);

    // Another site's form: on to the sign-in all the same, but it chooses no address there.
    const forged = new Browser(server.url, {
      ...ADDRESS,
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    const refused = await forged.request("/signup/continue", { form: { email: address, interaction: uid } });
    expect(refused.status).toBe(303);
    expect(refused.headers.getSetCookie()).toEqual([]);

    const response = await own.request("/signup/continue", { form: { email: address, interaction: uid } });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toBe(`/interaction/${uid}`);
    expect(location).not.toContain("new-");
    expect((await own.visit(location)).html).toContain(`value="${address}"`);
  });

  it("the login route refuses a body over its bound with 413, without reading it all", async () => {
    const { action } = await loginPage();
    const response = await fetch(new URL(action, server.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "192.0.2.77" },
      body: `email=a%40b.test&password=${"x".repeat(2_000_000)}`,
    });
    expect(response.status).toBe(413);
  });

  it("logout of the console asks first unless it carries a valid id_token_hint (no logout CSRF)", async () => {
    // A signed-in browser (a Ninka session), then a cross-site style navigation to the logout URL.
    const browser = new Browser(server.url);
    const config = await discover(server.url, clientId, undefined, "none");
    await authorize(browser, config, REDIRECT, { account: await createDeveloper("Reader"), scope: "openid email" });
    const page = await browser.visit("/oauth/logout?client_id=ninka-console");
    expect(page.html).toContain("Sign out of Ninka?");
    expect(page.html).toContain("Stay signed in");
    expect(page.html).not.toContain("Signing you out");
  });
});
