import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDeveloper } from "../support/api-fixtures";
import { startAuthorization } from "../support/authorize";
import { Browser } from "../support/browser";
import { discover } from "../support/oauth";
import { useServer } from "../support/use-server";
import { usePublisherApi } from "../support/use-publisher-api";

// What `curl -I` shows on Ninka's pages, Next.js's and oidc-provider's alike (ARCHITECTURE.md
// "Security headers"): no framing, no sniffing, a short referrer, HSTS on https, and a CSP that
// admits scripts only by a per-response nonce (Next.js) or by hash (oidc-provider's own pages).
const REDIRECT = "https://app.example/callback";
const UUID = /^[0-9a-f-]{36}$/;

type Policy = Map<string, string[]>;
const parsePolicy = (header: string | null): Policy =>
  new Map(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

// On this http server: no HSTS. The https variant is in behind-a-tls-proxy.test.ts.
function expectSecurityHeaders(response: Response): Policy {
  const { headers } = response;
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("strict-transport-security")).toBeNull();
  expect(headers.get("x-request-id")).toMatch(UUID);
  const policy = parsePolicy(headers.get("content-security-policy"));
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("script-src")).toBeDefined();
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  expect(policy.has("upgrade-insecure-requests")).toBe(false);
  return policy;
}

/** A Next.js page: its policy's nonce is on every script tag of the page. */
async function expectNoncedPage(browser: Browser, url: string) {
  const head = await browser.request(url, { method: "HEAD" });
  expect(head.status).toBe(200);
  const nonce = expectSecurityHeaders(head)
    .get("script-src")!
    .find((s) => s.startsWith("'nonce-"))!
    .slice(7, -1);
  expect(nonce).toBeTruthy();
  const page = await browser.request(url);
  const policy = expectSecurityHeaders(page);
  const fresh = policy
    .get("script-src")!
    .find((s) => s.startsWith("'nonce-"))!
    .slice(7, -1);
  expect(fresh).not.toBe(nonce); // one nonce per response
  const scripts = [...(await page.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${fresh}"`);
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** A page oidc-provider renders: its inline style and scripts are admitted by hash, no inline handler. */
async function expectHashedPage(response: Response) {
  const policy = expectSecurityHeaders(response);
  const html = await response.text();
  expect(policy.get("style-src")).toContain(sha256(html.match(/<style>([\s\S]*?)<\/style>/)![1]!));
  for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g))
    expect(policy.get("script-src")).toContain(sha256(script!));
  expect(html).not.toMatch(/\son[a-z]+="/);
}

describe("security headers", () => {
  const { server } = useServer();
  const api = usePublisherApi(server);

  it("on the home page and the console (signed out: the redirect to sign in)", async () => {
    const browser = new Browser(server().url);
    await expectNoncedPage(browser, "/");
    const signedOut = await fetch(`${server().url}/console`, { method: "HEAD", redirect: "manual" });
    expect(signedOut.status).toBe(307);
    expectSecurityHeaders(signedOut);
  });

  it("on /oauth/authorize, the login page and the consent page", async () => {
    const created = await api("POST", "/clients", {
      client_name: "Framed",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const config = await discover(server().url, created.json.client_id, created.json.client_secret);
    const { url } = await startAuthorization(config, REDIRECT);
    // form_post: the answer to the app is oidc-provider's page with an inline script that submits it.
    url.searchParams.set("response_mode", "form_post");
    const browser = new Browser(server().url);

    const authorize = await browser.request(url.href, { method: "GET" });
    expect(authorize.status).toBe(303);
    expectSecurityHeaders(authorize);
    const loginUrl = new URL(authorize.headers.get("location")!, server().url).href;
    expect(loginUrl).toMatch(/\/interaction\/[^/]+$/);
    await expectNoncedPage(browser, loginUrl);

    const user = await createDeveloper("Reader");
    const consent = await browser.submit(await browser.visit(loginUrl), "/login", {
      email: user.email,
      password: user.password,
    });
    expect(consent.html).toContain('/consent"');
    await expectNoncedPage(browser, consent.url);

    const consented = await browser.request(
      new URL(consent.html.match(/action="([^"]*\/consent)"/)![1]!, consent.url).href,
      { form: { decision: "allow" } },
    );
    const formPost = await browser.request(new URL(consented.headers.get("location")!, server().url).href);
    expect(formPost.status).toBe(200);
    const policy = expectSecurityHeaders(formPost);
    const script = (await formPost.text()).match(/<script>([\s\S]*?)<\/script>/)![1]!;
    expect(policy.get("script-src")).toContain(sha256(script));
  });

  it("on the pages oidc-provider renders: the device code page and the error page", async () => {
    const device = await fetch(`${server().url}/oauth/device`);
    expect(device.status).toBe(200);
    await expectHashedPage(device);
    const error = await fetch(`${server().url}/oauth/authorize?client_id=nobody&response_type=code&scope=openid`);
    expect(error.status).toBe(400);
    await expectHashedPage(error);
    const discovery = await fetch(`${server().url}/oauth/.well-known/openid-configuration`);
    expectSecurityHeaders(discovery);
  });

  it("keeps a sane incoming X-Request-Id and replaces any other", async () => {
    const kept = await fetch(`${server().url}/healthz`, { headers: { "x-request-id": "lb-1234.abc" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-1234.abc");
    const replaced = await fetch(`${server().url}/healthz`, { headers: { "x-request-id": 'a b"c' } });
    expect(replaced.headers.get("x-request-id")).toMatch(UUID);
    const oauth = await fetch(`${server().url}/oauth/jwks`, { headers: { "x-request-id": "lb-5678" } });
    expect(oauth.headers.get("x-request-id")).toBe("lb-5678");
  });
});
