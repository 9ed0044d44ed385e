import { beforeAll, describe, expect, it } from "vitest";
import { useServer, type TestServer } from "./support/use-server";

// What a real Ninka process publishes about itself: discovery, its public keys, health. (That the
// keys survive a restart, even a SIGKILL, is durability.test.ts.)
describe("Ninka server", () => {
  const shared = useServer();
  let server: TestServer;

  beforeAll(() => {
    server = shared.server();
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

  it("publishes ES256 and RS256 public keys only", async () => {
    const jwks = await fetch(`${server.url}/oauth/jwks`).then((r) => r.json());
    expect(jwks.keys.map((k: { alg: string }) => k.alg).sort()).toEqual(["ES256", "RS256"]);
    for (const key of jwks.keys) {
      expect(key.kid).toBeTruthy();
      expect(key).not.toHaveProperty("d");
    }
  });
});
