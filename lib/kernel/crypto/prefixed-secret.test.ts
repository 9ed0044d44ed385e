import { describe, expect, it } from "vitest";
import { digestSecret, generatePrefixedSecret, isWellFormedSecret } from "./prefixed-secret";

describe("prefixed secrets", () => {
  it("carry the prefix, 256 random bits and a checksum", () => {
    const { secret, digest, hint } = generatePrefixedSecret("ninka_cs_");
    expect(secret).toMatch(/^ninka_cs_[0-9A-Za-z]{49}$/);
    expect(43 * Math.log2(62)).toBeGreaterThanOrEqual(256);
    expect(digest).toBe(digestSecret(secret));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(hint).toBe(secret.slice(-4));
    expect(isWellFormedSecret("ninka_cs_", secret)).toBe(true);
  });

  it("are unique", () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generatePrefixedSecret("p_").secret));
    expect(secrets.size).toBe(200);
  });

  it("reject a wrong prefix, a typo or a truncated value", () => {
    const { secret } = generatePrefixedSecret("ninka_cs_");
    const typo = secret.slice(0, 20) + (secret[20] === "a" ? "b" : "a") + secret.slice(21);
    expect(isWellFormedSecret("ninka_pat_", secret)).toBe(false);
    expect(isWellFormedSecret("ninka_cs_", typo)).toBe(false);
    expect(isWellFormedSecret("ninka_cs_", secret.slice(0, -1))).toBe(false);
  });
});
