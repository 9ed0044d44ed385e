import { describe, expect, it } from "vitest";
import {
  DEFAULT_SIGN_UP_POLICY,
  signInNeedsVerifiedAddress,
  signUpPolicySchema,
  signUpRefusal,
} from "./sign-up-policy";

describe("sign-up policy", () => {
  it("lets anyone sign up by default", () => {
    expect(signUpRefusal(DEFAULT_SIGN_UP_POLICY, "a@anything.test")).toBeNull();
  });

  it("refuses everyone when closed, pointing to invitations", () => {
    expect(signUpRefusal({ mode: "closed", domains: [] }, "a@example.com")).toMatch(/invitation/);
  });

  it("admits only listed domains, exactly (no subdomain or suffix match)", () => {
    const policy = signUpPolicySchema.parse({ mode: "domains", domains: "Example.com\n example.org, " });
    expect(policy.domains).toEqual(["example.com", "example.org"]);
    expect(signUpRefusal(policy, "ann@example.com")).toBeNull();
    expect(signUpRefusal(policy, "ann@EXAMPLE.ORG")).toBeNull();
    expect(signUpRefusal(policy, "ann@evil-example.com")).toMatch(/example\.com, example\.org/);
    expect(signUpRefusal(policy, "ann@mail.example.com")).not.toBeNull();
    expect(signUpRefusal(policy, "ann@example.com.evil.test")).not.toBeNull();
  });

  it("asks for a verified address before sign-in only where a listed domain admitted the account", () => {
    const policy = signUpPolicySchema.parse({ mode: "domains", domains: "example.com" });
    expect(signInNeedsVerifiedAddress(policy, "ceo@EXAMPLE.com")).toBe(true);
    expect(signInNeedsVerifiedAddress(policy, "ann@other.test")).toBe(false);
    expect(signInNeedsVerifiedAddress(DEFAULT_SIGN_UP_POLICY, "ceo@example.com")).toBe(false);
    expect(signInNeedsVerifiedAddress({ mode: "closed", domains: [] }, "ceo@example.com")).toBe(false);
  });

  it("refuses a domain list that is empty, malformed or too long", () => {
    expect(signUpPolicySchema.safeParse({ mode: "domains", domains: "" }).success).toBe(false);
    expect(signUpPolicySchema.safeParse({ mode: "domains", domains: "not a domain" }).success).toBe(false);
    expect(signUpPolicySchema.safeParse({ mode: "domains", domains: "a\u0000.com" }).success).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => `d${i}.test`).join("\n");
    expect(signUpPolicySchema.safeParse({ mode: "domains", domains: many }).success).toBe(false);
    expect(signUpPolicySchema.safeParse({ mode: "sometimes" }).success).toBe(false);
  });
});
