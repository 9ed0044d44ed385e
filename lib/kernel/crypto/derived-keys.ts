import { hkdfSync } from "node:crypto";
import { CompactEncrypt, compactDecrypt } from "jose";

// Every key Ninka derives from NINKA_SECRET, and the closed list of what each is for. HKDF-SHA256
// (RFC 5869) with salt "ninka" and info "ninka:<label>:v1": a label names exactly one purpose, and
// callers choose among these purposes, never a label, so no new caller can reproduce another
// purpose's key (ARCHITECTURE.md "Secrets and keys"). Two kinds:
// - shared secrets, handed out as strings: every process derives the same value, nothing stored;
// - sealing keys, which never leave this module: they encrypt data at rest (JWE dir + A256GCM).
const SECRET_LABELS = {
  "console-client-secret": "console-client-secret", // the console's OAuth client secret
  nextauth: "nextauth", // next-auth's JWT encryption key (console sessions)
} as const;

const SEALING_LABELS = {
  "oidc-keys": "oidc-keys", // the private signing and cookie keys in OidcKey
  "totp-secrets": "totp-secrets", // TOTP keys in TotpFactor (two-step sign-in)
  "connection-secrets": "connection-secrets", // upstream client secrets in Connection (federation)
  "federation-state": "federation-state", // the short-lived cookies of a federated sign-in
} as const;

export type SecretPurpose = keyof typeof SECRET_LABELS;
export type SealingPurpose = keyof typeof SEALING_LABELS;

/** Every label in use, for the test that proves they are distinct. */
export const ALL_LABELS: readonly string[] = [...Object.values(SECRET_LABELS), ...Object.values(SEALING_LABELS)];

const hkdf = (secret: string, label: string) =>
  new Uint8Array(hkdfSync("sha256", secret, "ninka", `ninka:${label}:v1`, 32));

/** A 256-bit secret for one purpose (base64url); the same in every process with this NINKA_SECRET. */
export function deriveSecret(secret: string, purpose: SecretPurpose): string {
  // Checked at run time too: a cast must not reach a sealing key's label.
  if (!Object.hasOwn(SECRET_LABELS, purpose)) throw new TypeError(`unknown secret purpose: ${String(purpose)}`);
  return Buffer.from(hkdf(secret, SECRET_LABELS[purpose])).toString("base64url");
}

function sealingKey(secret: string, purpose: SealingPurpose): Uint8Array {
  if (!Object.hasOwn(SEALING_LABELS, purpose)) throw new TypeError(`unknown sealing purpose: ${String(purpose)}`);
  return hkdf(secret, SEALING_LABELS[purpose]);
}

/** Encrypts `plaintext` at rest under the key for `purpose` (JWE compact, dir + A256GCM). */
export async function seal(plaintext: string, secret: string, purpose: SealingPurpose): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .encrypt(sealingKey(secret, purpose));
}

export class UnsealError extends Error {
  override name = "UnsealError";
}

export async function unseal(jwe: string, secret: string, purpose: SealingPurpose): Promise<string> {
  try {
    const { plaintext } = await compactDecrypt(jwe, sealingKey(secret, purpose));
    return new TextDecoder().decode(plaintext);
  } catch {
    throw new UnsealError(`cannot decrypt ${purpose}: NINKA_SECRET is not the one it was encrypted with`);
  }
}
