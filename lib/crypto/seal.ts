import { hkdfSync } from "node:crypto";
import { CompactEncrypt, compactDecrypt } from "jose";

// Encryption at rest for private key material: JWE compact, `dir` + A256GCM, with a 256-bit key
// derived from NINKA_SECRET by HKDF-SHA256. The `purpose` label separates keys for different uses,
// so one secret never encrypts two kinds of data under the same key.
function deriveKey(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secret, "ninka", `ninka:${purpose}:v1`, 32));
}

export async function seal(plaintext: string, secret: string, purpose: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .encrypt(deriveKey(secret, purpose));
}

export class UnsealError extends Error {
  override name = "UnsealError";
}

export async function unseal(jwe: string, secret: string, purpose: string): Promise<string> {
  try {
    const { plaintext } = await compactDecrypt(jwe, deriveKey(secret, purpose));
    return new TextDecoder().decode(plaintext);
  } catch {
    throw new UnsealError(`cannot decrypt ${purpose}: NINKA_SECRET is not the one it was encrypted with`);
  }
}
