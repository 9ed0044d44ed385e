import { describe, expect, it } from "vitest";
import { byScopeOrder, isScope, SCOPE_NAMES, scopeClaims } from "./oidc-scopes";

describe("the scope catalogue", () => {
  it("gives the provider every scope that releases claims, with its claims", () => {
    expect(scopeClaims()).toEqual({
      openid: ["sub"],
      profile: ["name", "updated_at"],
      email: ["email", "email_verified"],
    });
  });

  it("knows its own scopes only, and sorts in its order", () => {
    expect(SCOPE_NAMES.every(isScope)).toBe(true);
    expect(isScope("admin")).toBe(false);
    expect(isScope("__proto__")).toBe(false);
    expect(["email", "offline_access", "openid"].sort(byScopeOrder)).toEqual(["openid", "email", "offline_access"]);
  });
});
