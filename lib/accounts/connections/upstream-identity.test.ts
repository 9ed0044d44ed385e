import { describe, expect, it } from "vitest";
import { identityFromClaims } from "./upstream-identity";

const claims = { iss: "https://id.example", sub: "s1" };

describe("identityFromClaims", () => {
  it("keeps the address lower-cased, verified only when the upstream says so (Microsoft: xms_edov)", () => {
    const profile = { email: "Ada@Example.COM", name: "Ada" };
    expect(identityFromClaims("oidc", claims, { ...profile, email_verified: true })).toMatchObject({
      email: "ada@example.com",
      emailVerified: true,
      name: "Ada",
    });
    expect(identityFromClaims("oidc", claims, { ...profile, email_verified: "true" }).emailVerified).toBe(false);
    expect(identityFromClaims("oidc", claims, { ...profile, xms_edov: true }).emailVerified).toBe(false);
    expect(identityFromClaims("microsoft", claims, { ...profile, xms_edov: true }).emailVerified).toBe(true);
    expect(identityFromClaims("microsoft", claims, { ...profile, xms_edov: "1" }).emailVerified).toBe(false);
  });

  it("keeps a few short printable amr values and a printable acr, nothing else", () => {
    const odd = { ...claims, amr: ["pwd", 7, "a b", "x".repeat(65), ...Array(12).fill("otp")], acr: "a\u0000" };
    const identity = identityFromClaims("oidc", odd, {});
    expect(identity.amr).toEqual(["pwd", ...Array(9).fill("otp")]);
    expect(identity.acr).toBeNull();
    expect(identityFromClaims("oidc", { ...claims, amr: "mfa", acr: "urn:x" }, {})).toMatchObject({
      amr: [],
      acr: "urn:x",
    });
  });
});
