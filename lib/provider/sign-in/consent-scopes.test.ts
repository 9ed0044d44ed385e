import { describe, expect, it } from "vitest";
import { consentApis, consentScopes } from "./consent-scopes";
import { SCOPES } from "@/lib/oauth-core/scopes/oidc-scopes";

describe("consentScopes", () => {
  it("lists requested scopes in Ninka's order, in plain words, marking the missing ones new", () => {
    const scopes = consentScopes(["email", "openid", "profile"], ["email"]);
    expect(scopes.map((s) => [s.name, s.isNew])).toEqual([
      ["openid", false],
      ["profile", false],
      ["email", true],
    ]);
    expect(scopes[2]).toMatchObject({ title: SCOPES.email.title, description: SCOPES.email.description });
  });

  it("marks nothing new when the prompt names no missing scopes (prompt=consent, native apps)", () => {
    expect(consentScopes(["openid", "offline_access"], undefined).every((s) => !s.isNew)).toBe(true);
  });

  it("leaves out scopes Ninka does not offer", () => {
    expect(consentScopes(["openid", "admin"], ["admin"]).map((s) => s.name)).toEqual(["openid"]);
  });
});

describe("consentApis", () => {
  const group = {
    api: {
      id: "a1",
      identifier: "https://photos.example",
      name: "Photos API",
      description: "",
      owner: { name: "Ada", email: "ada@photos.example", emailVerifiedAt: new Date() },
      team: null,
    },
    scopes: [
      { value: "photos.read", description: "See your photo albums" },
      { value: "photos.write", description: "Add pictures to your albums" },
    ],
  };

  it("groups API permissions under the API and its developer, in the API's words, new by resource", () => {
    const [api] = consentApis([group], { "https://photos.example": ["photos.write"] });
    expect(api).toMatchObject({
      identifier: "https://photos.example",
      name: "Photos API",
      developer: "photos.example",
    });
    expect(api!.scopes.map((s) => [s.name, s.title, s.isNew])).toEqual([
      ["photos.read", "See your photo albums", false],
      ["photos.write", "Add pictures to your albums", true],
    ]);
  });

  it("names the team that owns the API as its developer", () => {
    const [api] = consentApis([{ ...group, api: { ...group.api, owner: null, team: { name: "Photo Co" } } }], {});
    expect(api!.developer).toBe("Photo Co");
  });

  it("marks nothing new without missing scopes, or for another API's", () => {
    expect(consentApis([group], undefined)[0]!.scopes.every((s) => !s.isNew)).toBe(true);
    expect(consentApis([group], { "https://other.example": ["photos.read"] })[0]!.scopes.every((s) => !s.isNew)).toBe(
      true,
    );
  });
});
