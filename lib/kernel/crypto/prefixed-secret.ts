import { createHash, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";

// Ninka's high-entropy secrets (client secrets, personal access tokens) look like
// `<prefix><43 random base62 chars><6 base62 checksum chars>`: 43 base62 characters carry 256
// random bits; the prefix lets secret scanners spot a leaked one; the CRC32 checksum lets them (and
// us, before any database read) reject look-alikes. Base62 so that a double-click selects it all.
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANDOM_LENGTH = 43;
const CHECKSUM_LENGTH = 6;

// Every prefix in use, in one list: what a secret scanner (or an operator reading a leak report)
// matches on. Client secrets (lib/portal/client-secrets) and personal access tokens (lib/portal/personal-access-tokens).
export const SECRET_PREFIXES = {
  clientSecret: "ninka_cs_",
  personalAccessToken: "ninka_pat_",
  emailLink: "ninka_el_",
  // Initial access tokens for dynamic client registration (lib/portal/registration-tokens).
  registrationToken: "ninka_iat_",
} as const;

export type NewSecret = { secret: string; digest: string; hint: string };

/** A fresh secret, its digest (what the database stores) and its hint (last 4 characters). */
export function generatePrefixedSecret(prefix: string): NewSecret {
  const random = randomBase62(RANDOM_LENGTH);
  const secret = `${prefix}${random}${checksum(random)}`;
  return { secret, digest: digestSecret(secret), hint: secret.slice(-4) };
}

/** A new client secret: created with its client (lib/portal/clients) or added later (lib/portal/client-secrets). */
export const generateClientSecret = () => generatePrefixedSecret(SECRET_PREFIXES.clientSecret);

/**
 * SHA-256 of the whole secret, hex. A fast hash is right here: the secret has 256 random bits, so
 * there is nothing to brute-force, and a slow password hash would throttle every request using it.
 */
export function digestSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Whether `value` has the shape and a valid checksum of a secret with this prefix. */
export function isWellFormedSecret(prefix: string, value: string): boolean {
  if (!value.startsWith(prefix) || value.length !== prefix.length + RANDOM_LENGTH + CHECKSUM_LENGTH) return false;
  const body = value.slice(prefix.length);
  if (!/^[0-9A-Za-z]+$/.test(body)) return false;
  return checksum(body.slice(0, RANDOM_LENGTH)) === body.slice(RANDOM_LENGTH);
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
