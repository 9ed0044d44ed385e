import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Password hashing with argon2id at OWASP's Password Storage Cheat Sheet minimum (m = 19 MiB,
// t = 2, p = 1; RFC 9106), through @node-rs/argon2, a native binding that ships prebuilt binaries
// and runs each hash on libuv's thread pool, so sign-ins never stall token requests on the event
// loop. The stored form is the PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash), which names its
// parameters. Hashes from before (scrypt$N$r$p$salt$hash, below OWASP's minimum) still verify and
// are replaced at the next successful sign-in (needsRehash, lib/accounts/users/upgrade-password-hash.ts).
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

const normalize = (password: string) => password.normalize("NFKC");

export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), ARGON2);
}

/** True when `password` matches `stored`; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$argon2id$")) return verify(stored, normalize(password)).catch(() => false);
  if (stored.startsWith("scrypt$")) return verifyScrypt(normalize(password), stored);
  return false;
}

/** True when `stored` is not an argon2id hash at the current parameters (upgrade it after a sign-in). */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX);
}

// The previous scheme, kept only to verify hashes stored before argon2id.
async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, digest] = stored.split("$");
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!salt || !digest || !Object.values(params).every(Number.isSafeInteger)) return false;
  // Node refuses scrypt above 32 MiB unless maxmem is raised; allow twice what the parameters need.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  const expected = Buffer.from(digest, "base64url");
  const actual = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(salt, "base64url"), 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  ).catch(() => Buffer.alloc(0));
  return expected.length === actual.length && actual.length > 0 && timingSafeEqual(expected, actual);
}

const store = globalThis as unknown as { __ninkaDummyHash?: Promise<string> };

/**
 * A hash of a random password, verified against when the account does not exist, so that a wrong
 * email costs as much time as a wrong password (no account enumeration by timing).
 */
export function getDummyHash(): Promise<string> {
  store.__ninkaDummyHash ??= hashPassword(randomBytes(16).toString("base64url"));
  return store.__ninkaDummyHash;
}
