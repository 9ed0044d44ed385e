import { hkdfSync } from "node:crypto";

/**
 * A 256-bit secret for one purpose, derived from NINKA_SECRET with HKDF-SHA256 (base64url). Every
 * process with the same NINKA_SECRET derives the same value, so nothing needs storing; the purpose
 * label keeps the values for different uses unrelated.
 */
export function deriveSecret(secret: string, purpose: string): string {
  return Buffer.from(hkdfSync("sha256", secret, "ninka", `ninka:${purpose}:v1`, 32)).toString("base64url");
}
