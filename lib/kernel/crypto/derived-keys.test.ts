import { hkdfSync } from "node:crypto";
import { compactDecrypt } from "jose";
import { describe, expect, it } from "vitest";
import * as derivedKeys from "./derived-keys";
import { ALL_LABELS, deriveSecret, seal, unseal, UnsealError, type SecretPurpose } from "./derived-keys";

const secret = "s".repeat(40);
const SECRET_PURPOSES: SecretPurpose[] = ["console-client-secret", "nextauth"];

describe("seal", () => {
  it("round-trips and hides the plaintext", async () => {
    const jwe = await seal("private key material", secret, "oidc-keys");
    expect(jwe).not.toContain("private key material");
    expect(jwe.split(".")).toHaveLength(5);
    await expect(unseal(jwe, secret, "oidc-keys")).resolves.toBe("private key material");
  });

  it("refuses another secret", async () => {
    const jwe = await seal("x", secret, "oidc-keys");
    await expect(unseal(jwe, "t".repeat(40), "oidc-keys")).rejects.toBeInstanceOf(UnsealError);
  });

  it("keeps the key that existing installations sealed their signing keys with", async () => {
    // Changing the label or the HKDF parameters would make every stored key unreadable.
    const legacyKey = new Uint8Array(hkdfSync("sha256", secret, "ninka", "ninka:oidc-keys:v1", 32));
    const { plaintext } = await compactDecrypt(await seal("kept", secret, "oidc-keys"), legacyKey);
    expect(new TextDecoder().decode(plaintext)).toBe("kept");
  });
});

describe("key purposes", () => {
  it("are a closed list of distinct labels", () => {
    expect(new Set(ALL_LABELS).size).toBe(ALL_LABELS.length);
  });

  it("give distinct secrets for distinct purposes, and the same for the same", () => {
    const values = SECRET_PURPOSES.map((purpose) => deriveSecret(secret, purpose));
    expect(new Set(values).size).toBe(values.length);
    expect(deriveSecret(secret, "nextauth")).toBe(values[1]);
    expect(deriveSecret("t".repeat(40), "nextauth")).not.toBe(values[1]);
  });

  it("let no public function derive the sealing key", async () => {
    const jwe = await seal("sealed", secret, "oidc-keys");
    // deriveSecret refuses every label that is not a shared-secret purpose, casts included.
    for (const label of [...ALL_LABELS, "oidc-keys", "keys", "__proto__"]) {
      if ((SECRET_PURPOSES as string[]).includes(label)) continue;
      expect(() => deriveSecret(secret, label as SecretPurpose)).toThrow(TypeError);
    }
    // No secret it hands out opens what seal() closed.
    for (const purpose of SECRET_PURPOSES) {
      const key = Buffer.from(deriveSecret(secret, purpose), "base64url");
      await expect(compactDecrypt(jwe, key)).rejects.toThrow();
    }
    // And the module exports nothing else that derives keys.
    expect(Object.keys(derivedKeys).sort()).toEqual(["ALL_LABELS", "UnsealError", "deriveSecret", "seal", "unseal"]);
  });
});
