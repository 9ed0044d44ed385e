import { describe, expect, it } from "vitest";
import { seal, unseal, UnsealError } from "./seal";

const secret = "s".repeat(40);

describe("seal", () => {
  it("round-trips and hides the plaintext", async () => {
    const jwe = await seal("private key material", secret, "keys");
    expect(jwe).not.toContain("private key material");
    expect(jwe.split(".")).toHaveLength(5);
    await expect(unseal(jwe, secret, "keys")).resolves.toBe("private key material");
  });

  it("refuses another secret or another purpose", async () => {
    const jwe = await seal("x", secret, "keys");
    await expect(unseal(jwe, "t".repeat(40), "keys")).rejects.toBeInstanceOf(UnsealError);
    await expect(unseal(jwe, secret, "other")).rejects.toBeInstanceOf(UnsealError);
  });
});
