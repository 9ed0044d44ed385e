import { createHash, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";

// Personal access tokens look like `ninka_pat_<43 random base62 chars><6 base62 checksum chars>`.
// 43 base62 characters carry 256 random bits. The prefix lets secret scanners spot a leaked token;
// the CRC32 checksum lets them (and us, before any database read) reject random look-alikes.
// Base62 so that a double-click selects the whole token.
export const TOKEN_PREFIX = "ninka_pat_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANDOM_LENGTH = 43;
const CHECKSUM_LENGTH = 6;
const TOKEN_PATTERN = new RegExp(`^${TOKEN_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);

export type NewToken = { token: string; digest: string; hint: string };

/** A fresh token, its digest (what the database stores) and its hint (last characters, for lists). */
export function generateToken(): NewToken {
  const random = randomBase62(RANDOM_LENGTH);
  const token = `${TOKEN_PREFIX}${random}${checksum(random)}`;
  return { token, digest: digestToken(token), hint: token.slice(-4) };
}

/**
 * SHA-256 of the whole token, hex. A fast hash is right here: the token has 256 random bits, so
 * there is nothing to brute-force, and a digest can be looked up through a unique index.
 */
export function digestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `value` has the shape and a valid checksum of a Ninka personal access token. */
export function isWellFormedToken(value: string): boolean {
  if (!TOKEN_PATTERN.test(value)) return false;
  const body = value.slice(TOKEN_PREFIX.length);
  return checksum(body.slice(0, RANDOM_LENGTH)) === body.slice(RANDOM_LENGTH);
}

/** The token of an `Authorization: Bearer <token>` header value, or null (RFC 6750 §2.1). */
export function parseBearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? "");
  const token = match?.[1];
  return token && isWellFormedToken(token) ? token : null;
}

function checksum(random: string): string {
  let n = crc32(random);
  let out = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

// Rejection sampling keeps every character uniformly distributed (248 = 4 × 62).
function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}
