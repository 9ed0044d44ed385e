import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// Password hashing with scrypt (RFC 7914), as OWASP's Password Storage Cheat Sheet recommends when
// argon2id is not at hand: N = 2^15, r = 8, p = 1 uses 32 MiB and ~60 ms per hash on one core of
// this project's machines, slow enough to make offline guessing expensive and fast enough for a
// login. A 16-byte random salt per hash, 32-byte output. The stored form names its parameters, so
// they can be raised later while old hashes keep verifying:
//   scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // Node refuses scrypt above 32 MiB unless maxmem is raised; allow twice what the parameters need.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

/** True when `password` matches `stored`; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(params).every(Number.isSafeInteger)) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), params);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
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
