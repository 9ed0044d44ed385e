import { describe, expect, it } from "vitest";
import { grantedAt, grantedResourceScopes, grantedScopes } from "./grant-rows";

describe("grant payloads", () => {
  it("reads the granted OIDC scopes without the rejected ones", () => {
    expect(
      grantedScopes({ openid: { scope: "openid profile email" }, rejected: { openid: { scope: "email" } } }),
    ).toEqual(["openid", "profile"]);
    expect(grantedScopes({})).toEqual([]);
    expect(grantedScopes(null)).toEqual([]);
  });

  it("reads the granted API scopes by resource indicator, without the rejected ones", () => {
    const payload = {
      resources: { "https://photos.example": "photos.read photos.write" },
      rejected: { resources: { "https://photos.example": "photos.write" } },
    };
    expect(grantedResourceScopes(payload)).toEqual({ "https://photos.example": ["photos.read"] });
    expect(grantedResourceScopes({ openid: { scope: "openid" } })).toEqual({});
    expect(grantedResourceScopes(null)).toEqual({});
  });

  it("reads when the grant was first given", () => {
    expect(grantedAt({ iat: 1_700_000_000 })?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(grantedAt({})).toBeNull();
  });
});
