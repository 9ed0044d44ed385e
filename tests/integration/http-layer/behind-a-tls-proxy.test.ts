import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeveloper } from "../support/api-fixtures";
import { publisherApi } from "../support/register-web-app";
import { startServer, type RunningServer } from "../support/start-server";
import { useTestDatabase } from "../support/use-test-database";

// On an https NINKA_URL behind a TLS-terminating proxy (NINKA_TRUST_PROXY=1 and the proxy's
// X-Forwarded-Proto/Host): the issuer is the public https URL, every response carries HSTS, and
// every cookie Ninka sets is Secure, next-auth's with the __Secure-/__Host- prefixes, so no browser
// ever sends them over plain http.
const PUBLIC = "https://id.example.test";
const REDIRECT = "https://app.example/callback";
const FORWARDED = {
  "x-forwarded-proto": "https",
  "x-forwarded-host": "id.example.test",
  "x-forwarded-for": "198.51.100.20",
};

type SetCookie = { name: string; path: string; attributes: string[] };
const parseSetCookie = (line: string): SetCookie => {
  const [pair, ...attributes] = line.split(";").map((part) => part.trim());
  const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? "/";
  return { name: pair!.slice(0, pair!.indexOf("=")), path, attributes: attributes.map((a) => a.toLowerCase()) };
};

describe("Ninka behind a TLS-terminating proxy (an https NINKA_URL)", () => {
  const database = useTestDatabase();
  let server: RunningServer;
  let clientId: string;
  const seen: SetCookie[] = [];
  const jar = new Map<string, string>();

  /** One request as the proxy forwards it, with the cookies set so far (path-scoped); no redirects followed. */
  async function request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url.replace(PUBLIC, server.url), server.url);
    const cookie = [...jar.entries()]
      .filter(([key]) => target.pathname.startsWith(key.split("|")[1]!))
      .map(([key, value]) => `${key.split("|")[0]}=${value}`);
    const response = await fetch(target, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers: {
        ...FORWARDED,
        cookie: cookie.join("; "),
        ...(init.form && { "content-type": "application/x-www-form-urlencoded" }),
      },
      body: init.form && new URLSearchParams(init.form).toString(),
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) {
      const parsed = parseSetCookie(line);
      seen.push(parsed);
      jar.set(`${parsed.name}|${parsed.path}`, line.split(";")[0]!.slice(parsed.name.length + 1));
    }
    return response;
  }

  beforeAll(async () => {
    server = await startServer({
      ...database.current().env,
      NINKA_URL: PUBLIC,
      NINKA_TRUST_PROXY: "1",
      NINKA_SMTP_URL: "smtp://127.0.0.1:9",
    });
    const api = await publisherApi(server.url);
    const created = await api("POST", "/clients", {
      client_name: "Acme",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    expect(created.status).toBe(201);
    clientId = created.json.client_id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("uses the public https issuer and accepts forwarded requests", async () => {
    const response = await fetch(`${server.url}/oauth/.well-known/openid-configuration`, { headers: FORWARDED });
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.issuer).toBe(`${PUBLIC}/oauth`);
    expect(doc.token_endpoint).toBe(`${PUBLIC}/oauth/token`);
  });

  it("sends HSTS and upgrade-insecure-requests, from Next.js and oidc-provider alike", async () => {
    for (const path of ["/", "/oauth/device", "/oauth/.well-known/openid-configuration"]) {
      const response = await fetch(`${server.url}${path}`, { method: "HEAD", headers: FORWARDED });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000");
      expect(response.headers.get("content-security-policy"), path).toContain("upgrade-insecure-requests");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("sets every cookie of a sign-in (provider, login form, next-auth) Secure, with next-auth's prefixes", async () => {
    const user = await createDeveloper("Holder");
    const verifier = oidc.randomPKCECodeVerifier();
    const query = new URLSearchParams({
      client_id: clientId,
      response_type: "code",
      redirect_uri: REDIRECT,
      scope: "openid email",
      state: oidc.randomState(),
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
    });
    const start = await request(`/oauth/authorize?${query}`);
    expect(start.status).toBe(303);
    const interaction = new URL(start.headers.get("location")!, PUBLIC).pathname;
    expect(interaction).toMatch(/^\/interaction\//);

    // A wrong password: the login page's email cookie.
    const wrong = await request(`${interaction}/login`, { form: { email: user.email, password: "not the password" } });
    expect(wrong.status).toBe(303);
    // The right one, then back through the provider, which starts the session.
    const right = await request(`${interaction}/login`, { form: { email: user.email, password: user.password } });
    expect(right.status).toBe(303);
    const resumed = await request(right.headers.get("location")!);
    expect(resumed.status).toBe(303);

    // next-auth's own cookies (the console's sign-in starts with its CSRF token).
    expect((await request("/api/auth/csrf")).status).toBe(200);

    const names = seen.map((c) => c.name);
    for (const name of ["_interaction", "_interaction_resume", "_session", "ninka_login_email"])
      expect(names, name).toContain(name);
    expect(names.some((n) => n.includes("next-auth"))).toBe(true);
    for (const cookie of seen) expect(cookie.attributes, `${cookie.name} (${cookie.path})`).toContain("secure");
    for (const cookie of seen.filter((c) => c.name.includes("next-auth")))
      expect(cookie.name).toMatch(/^__(Secure|Host)-next-auth\./);
    for (const cookie of seen.filter((c) => c.name.startsWith("__Host-"))) expect(cookie.path).toBe("/");
  });
});
