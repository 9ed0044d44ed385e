import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generatePrefixedSecret } from "@/lib/kernel/crypto/prefixed-secret";
import { digestToken, isWellFormedToken, parseBearerToken, TOKEN_PREFIX } from "./token-format";

// How createToken makes one (lib/kernel/crypto/issue-user-token.ts).
const newToken = () => generatePrefixedSecret(TOKEN_PREFIX);

describe("a new personal access token", () => {
  it("has the recognisable prefix, base62 body and at least 256 random bits", () => {
    const { secret: token } = newToken();
    expect(token).toMatch(/^ninka_pat_[0-9A-Za-z]{49}$/);
    // 43 random base62 characters: 43 × log2(62) ≥ 256 bits (the last 6 are a checksum).
    expect(43 * Math.log2(62)).toBeGreaterThanOrEqual(256);
  });

  it("returns the SHA-256 digest and the last four characters as hint", () => {
    const { secret: token, digest, hint } = newToken();
    expect(digest).toBe(createHash("sha256").update(token).digest("hex"));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(hint).toBe(token.slice(-4));
    expect(digest).not.toContain(token.slice(TOKEN_PREFIX.length));
  });

  it("never repeats and uses the whole alphabet", () => {
    const tokens = Array.from({ length: 500 }, () => newToken().secret);
    expect(new Set(tokens).size).toBe(500);
    const chars = new Set(tokens.flatMap((t) => [...t.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + 43)]));
    expect(chars.size).toBe(62);
  });
});

describe("digestToken", () => {
  it("is deterministic and distinguishes tokens", () => {
    const a = newToken().secret;
    expect(digestToken(a)).toBe(digestToken(a));
    expect(digestToken(a)).not.toBe(digestToken(newToken().secret));
  });
});

describe("isWellFormedToken", () => {
  it("accepts generated tokens", () => {
    for (let i = 0; i < 50; i++) expect(isWellFormedToken(newToken().secret)).toBe(true);
  });

  it("rejects a changed character (checksum), wrong prefix, length or alphabet", () => {
    const { secret: token } = newToken();
    const i = TOKEN_PREFIX.length + 5;
    const swapped = token.slice(0, i) + (token[i] === "a" ? "b" : "a") + token.slice(i + 1);
    expect(isWellFormedToken(swapped)).toBe(false);
    expect(isWellFormedToken(token.replace("ninka_pat_", "ninka_pak_"))).toBe(false);
    expect(isWellFormedToken(token.slice(0, -1))).toBe(false);
    expect(isWellFormedToken(`${token}x`)).toBe(false);
    expect(isWellFormedToken(`${token.slice(0, -1)}-`)).toBe(false);
    expect(isWellFormedToken("")).toBe(false);
  });
});

describe("parseBearerToken", () => {
  const { secret: token } = newToken();

  it("reads the token of a Bearer header, scheme case-insensitive", () => {
    expect(parseBearerToken(`Bearer ${token}`)).toBe(token);
    expect(parseBearerToken(`bearer ${token}`)).toBe(token);
    expect(parseBearerToken(`BEARER  ${token} `)).toBe(token);
  });

  it("returns null for anything else", () => {
    expect(parseBearerToken(null)).toBeNull();
    expect(parseBearerToken(undefined)).toBeNull();
    expect(parseBearerToken("")).toBeNull();
    expect(parseBearerToken(token)).toBeNull();
    expect(parseBearerToken(`Basic ${token}`)).toBeNull();
    expect(parseBearerToken(`Bearer ${token} extra`)).toBeNull();
    expect(parseBearerToken("Bearer ninka_pat_notatoken")).toBeNull();
  });
});
