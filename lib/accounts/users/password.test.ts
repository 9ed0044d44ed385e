import { scrypt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from "./password";

// A hash made the way Ninka stored passwords before argon2id (scrypt N=2^15, r=8, p=1).
function legacyScryptHash(password: string): Promise<string> {
  const salt = Buffer.alloc(16, 7);
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error
        ? reject(error)
        : resolve(["scrypt", 32768, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$")),
    ),
  );
}

// Password hashing is slow on purpose; under a loaded CI machine a test may take seconds.
describe("password hashing", { timeout: 30_000 }, () => {
  it("stores argon2id at OWASP's minimum (19 MiB, t=2, p=1) with a random salt, never the password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[\w+/]{22}\$[\w+/]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("correct");
    expect(needsRehash(a)).toBe(false);
  });

  it("verifies the right password and refuses others", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("still verifies scrypt hashes stored before, and marks them for an upgrade", async () => {
    const stored = await legacyScryptHash("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
  });

  it("treats Unicode forms of one password alike (NFKC)", async () => {
    const stored = await hashPassword("caf\u00e9 au lait!");
    expect(await verifyPassword("cafe\u0301 au lait!", stored)).toBe(true);
  });

  it("never matches a malformed hash", async () => {
    for (const stored of ["", "plain", "scrypt$x$8$1$salt$hash", "bcrypt$1$2$3$4$5", "$argon2id$v=19$garbage"]) {
      expect(await verifyPassword("anything at all", stored)).toBe(false);
    }
  });

  it("has one dummy hash per process for unknown accounts", async () => {
    expect(await getDummyHash()).toBe(await getDummyHash());
  });
});
