import { describe, expect, it } from "vitest";
import { grantedAt, grantedScopes } from "./grant-rows";

describe("grant payloads", () => {
  it("reads the granted OIDC scopes without the rejected ones", () => {
    expect(grantedScopes({ openid: { scope: "openid profile email" }, rejected: { openid: { scope: "email" } } })).toEqual(["openid", "profile"]);
    expect(grantedScopes({})).toEqual([]);
    expect(grantedScopes(null)).toEqual([]);
  });

  it("reads when the grant was first given", () => {
    expect(grantedAt({ iat: 1_700_000_000 })?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(grantedAt({})).toBeNull();
  });
});
