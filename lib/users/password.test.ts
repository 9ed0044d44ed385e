import { describe, expect, it } from "vitest";
import { getDummyHash, hashPassword, verifyPassword } from "./password";

// scrypt is slow on purpose; under a loaded CI machine a test may take seconds.
describe("password hashing", { timeout: 30_000 }, () => {
  it("stores scrypt with its parameters and a random salt, never the password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("correct");
  });

  it("verifies the right password and refuses others", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("treats Unicode forms of one password alike (NFKC)", async () => {
    const stored = await hashPassword("caf\u00e9 au lait!");
    expect(await verifyPassword("cafe\u0301 au lait!", stored)).toBe(true);
  });

  it("never matches a malformed hash", async () => {
    for (const stored of ["", "plain", "scrypt$x$8$1$salt$hash", "bcrypt$1$2$3$4$5"]) {
      expect(await verifyPassword("anything at all", stored)).toBe(false);
    }
  });

  it("has one dummy hash per process for unknown accounts", async () => {
    expect(await getDummyHash()).toBe(await getDummyHash());
  });
});
