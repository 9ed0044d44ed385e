import { digestSecret, isWellFormedSecret, SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";

// Personal access tokens are Ninka's prefixed secrets (lib/kernel/crypto/prefixed-secret.ts):
// `ninka_pat_<43 random base62 chars><6 checksum chars>`, stored as SHA-256 digests.
export const TOKEN_PREFIX = SECRET_PREFIXES.personalAccessToken;

export const digestToken = digestSecret;

/** Whether `value` has the shape and a valid checksum of a Ninka personal access token. */
export const isWellFormedToken = (value: string): boolean => isWellFormedSecret(TOKEN_PREFIX, value);

/** The token of an `Authorization: Bearer <token>` header value, or null (RFC 6750 §2.1). */
export function parseBearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? "");
  const token = match?.[1];
  return token && isWellFormedToken(token) ? token : null;
}
