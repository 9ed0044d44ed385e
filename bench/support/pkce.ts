import { createHash, randomBytes } from "node:crypto";

// RFC 7636 S256: the verifier is 32 random bytes (43 base64url characters), the challenge its SHA-256.
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export const randomState = () => randomBytes(16).toString("base64url");
