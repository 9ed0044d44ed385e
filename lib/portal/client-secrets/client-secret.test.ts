import { describe, expect, it } from "vitest";
import { digestSecret, generateClientSecret } from "@/lib/kernel/crypto/prefixed-secret";
import { matchClientSecret } from "./client-secret";

describe("matchClientSecret", () => {
  const a = generateClientSecret();
  const b = generateClientSecret();
  const stored = [
    { id: "a", digest: a.digest, expires_at: null },
    { id: "b", digest: b.digest, expires_at: 2_000 },
  ];

  it("finds the matching secret among several", () => {
    expect(matchClientSecret(stored, a.secret, 1_000)).toBe("a");
    expect(matchClientSecret(stored, b.secret, 1_000)).toBe("b");
  });

  it("refuses an expired secret, an unknown one and a malformed one", () => {
    expect(matchClientSecret(stored, b.secret, 2_000)).toBeNull();
    expect(matchClientSecret(stored, generateClientSecret().secret, 1_000)).toBeNull();
    expect(matchClientSecret([{ id: "x", digest: digestSecret("plain"), expires_at: null }], "plain")).toBeNull();
  });
});
