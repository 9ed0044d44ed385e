import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { startServer, type RunningServer } from "./support/start-server";

// One real Ninka process on a fresh database: discovery, JWKS across a restart, health.
describe("Ninka server", () => {
  let db: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer(db.env);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("serves the discovery document under /oauth", async () => {
    const response = await fetch(`${server.url}/oauth/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.issuer).toBe(`${server.url}/oauth`);
    expect(doc.authorization_endpoint).toBe(`${server.url}/oauth/authorize`);
    expect(doc.token_endpoint).toBe(`${server.url}/oauth/token`);
    expect(doc.jwks_uri).toBe(`${server.url}/oauth/jwks`);
    expect(doc.userinfo_endpoint).toBe(`${server.url}/oauth/userinfo`);
    expect(doc.revocation_endpoint).toBe(`${server.url}/oauth/revoke`);
    expect(doc.introspection_endpoint).toBe(`${server.url}/oauth/introspect`);
    expect(doc.device_authorization_endpoint).toBe(`${server.url}/oauth/device/auth`);
    expect(doc.end_session_endpoint).toBe(`${server.url}/oauth/logout`);
    expect(doc.code_challenge_methods_supported).toEqual(["S256"]);
    expect(doc.response_types_supported).toEqual(["code"]);
    expect(doc.id_token_signing_alg_values_supported).toEqual(expect.arrayContaining(["ES256", "RS256"]));
    expect(doc.token_endpoint_auth_methods_supported).not.toContain("client_secret_jwt");
    expect(JSON.stringify(doc)).not.toMatch(/"HS(256|384|512)"/);
  });

  it("serves the same metadata at the RFC 8414 path", async () => {
    const [oidc, rfc8414] = await Promise.all(
      ["/oauth/.well-known/openid-configuration", "/.well-known/oauth-authorization-server/oauth"].map((path) =>
        fetch(`${server.url}${path}`).then((r) => r.json()),
      ),
    );
    expect(rfc8414).toEqual(oidc);
  });

  it("answers health and readiness as JSON", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("publishes ES256 and RS256 public keys only, and the same JWKS after a restart", async () => {
    const before = await fetch(`${server.url}/oauth/jwks`).then((r) => r.json());
    expect(before.keys.map((k: { alg: string }) => k.alg).sort()).toEqual(["ES256", "RS256"]);
    for (const key of before.keys) {
      expect(key.kid).toBeTruthy();
      expect(key).not.toHaveProperty("d");
    }
    await server.stop();
    server = await startServer(db.env, { port: server.port });
    const after = await fetch(`${server.url}/oauth/jwks`).then((r) => r.json());
    expect(after).toEqual(before);
  });
});

describe("Ninka behind a TLS-terminating proxy", () => {
  let db: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({
      ...db.env,
      NINKA_URL: "https://id.example.test",
      NINKA_TRUST_PROXY: "1",
      NINKA_SMTP_URL: "smtp://127.0.0.1:9",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("uses the public https issuer and accepts forwarded requests", async () => {
    const response = await fetch(`${server.url}/oauth/.well-known/openid-configuration`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "id.example.test" },
    });
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.issuer).toBe("https://id.example.test/oauth");
    expect(doc.token_endpoint).toBe("https://id.example.test/oauth/token");
  });

  it("sends HSTS and upgrade-insecure-requests on an https NINKA_URL, from Next.js and oidc-provider alike", async () => {
    const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "id.example.test" };
    for (const path of ["/", "/oauth/device", "/oauth/.well-known/openid-configuration"]) {
      const response = await fetch(`${server.url}${path}`, { method: "HEAD", headers: forwarded });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000");
      expect(response.headers.get("content-security-policy"), path).toContain("upgrade-insecure-requests");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });
});
