import { describe, expect, it } from "vitest";
import { consentScopes } from "./consent-scopes";
import { SCOPES } from "@/lib/scopes/oidc-scopes";

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
