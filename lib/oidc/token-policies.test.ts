import type { KoaContextWithOIDC } from "oidc-provider";
import { describe, expect, it } from "vitest";
import { introspectionAllowed, issueRefreshToken } from "./token-policies";

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
    expect(await issueRefreshToken(ctx, client("client_secret_basic", ["authorization_code"]), source("openid offline_access"))).toBe(false);
  });
});

describe("introspectionAllowed", () => {
  it("answers only an authenticated client about its own tokens", async () => {
    expect(await introspectionAllowed(ctx, client("client_secret_basic"), { clientId: "c1" })).toBe(true);
    expect(await introspectionAllowed(ctx, client("client_secret_basic"), { clientId: "c2" })).toBe(false);
    expect(await introspectionAllowed(ctx, client("none"), { clientId: "c1" })).toBe(false);
  });
});
