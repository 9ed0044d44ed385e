import type { KoaContextWithOIDC } from "oidc-provider";
import { describe, expect, it } from "vitest";
import { clientBasedCors, introspectionAllowed, issueRefreshToken, revocationAllowed } from "./token-policies";

const ctx = {} as KoaContextWithOIDC;
const client = (clientAuthMethod: string, grants = ["authorization_code", "refresh_token"]) => ({
  clientId: "c1",
  clientAuthMethod,
  grantTypeAllowed: (type: string) => grants.includes(type),
});
const source = (scope: string) => ({ scopes: new Set(scope.split(" ")) });

describe("issueRefreshToken", () => {
  it("issues to web apps always, to public clients only with offline_access", async () => {
    expect(await issueRefreshToken(ctx, client("client_secret_basic"), source("openid"))).toBe(true);
    expect(await issueRefreshToken(ctx, client("none"), source("openid"))).toBe(false);
    expect(await issueRefreshToken(ctx, client("none"), source("openid offline_access"))).toBe(true);
  });

  it("never issues to a client without the refresh_token grant", async () => {
    expect(
      await issueRefreshToken(
        ctx,
        client("client_secret_basic", ["authorization_code"]),
        source("openid offline_access"),
      ),
    ).toBe(false);
  });
});

describe("introspectionAllowed", () => {
  it("answers only an authenticated client about its own tokens", async () => {
    expect(await introspectionAllowed(ctx, client("client_secret_basic"), { clientId: "c1" })).toBe(true);
    expect(await introspectionAllowed(ctx, client("client_secret_basic"), { clientId: "c2" })).toBe(false);
    expect(await introspectionAllowed(ctx, client("none"), { clientId: "c1" })).toBe(false);
  });
});

describe("revocationAllowed", () => {
  it("lets a client revoke only its own tokens", async () => {
    expect(await revocationAllowed(ctx, client("none"), { clientId: "c1" })).toBe(true);
    expect(await revocationAllowed(ctx, client("client_secret_basic"), { clientId: "c2" })).toBe(false);
  });
});

describe("clientBasedCors", () => {
  const route = (name: string) => ({ oidc: { route: name } }) as unknown as KoaContextWithOIDC;
  const spa = { ...client("none"), redirectUris: ["https://spa.example/cb"] };
  const web = { ...client("client_secret_basic"), redirectUris: ["https://web.example/cb"] };

  it("allows a public client's redirect origins only", () => {
    expect(clientBasedCors(route("token"), "https://spa.example", spa)).toBe(true);
    expect(clientBasedCors(route("token"), "https://evil.example", spa)).toBe(false);
    expect(clientBasedCors(route("token"), "null", spa)).toBe(false);
  });

  it("gives confidential clients CORS for userinfo only", () => {
    expect(clientBasedCors(route("token"), "https://web.example", web)).toBe(false);
    expect(clientBasedCors(route("userinfo"), "https://web.example", web)).toBe(true);
  });
});
