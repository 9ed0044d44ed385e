import { timingSafeEqual } from "node:crypto";
import { digestSecret, isWellFormedSecret, SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";
import { isExpired } from "@/lib/kernel/time/expiry";

// Client secrets: `ninka_cs_…` (lib/kernel/crypto/prefixed-secret.ts), stored as SHA-256 digests.
// Two at a time: enough to roll over without downtime (add new → deploy → revoke old).
export const MAX_ACTIVE_SECRETS = 2;
/** The limit in words, for sentences that start with it ("Two secrets are active"). */
export const MAX_ACTIVE_SECRETS_WORD =
  ["No", "One", "Two", "Three", "Four", "Five"][MAX_ACTIVE_SECRETS] ?? String(MAX_ACTIVE_SECRETS);

// What oidc-provider's client metadata carries per secret; `expires_at` in epoch seconds (JSON).
export type StoredSecret = { id: string; digest: string; expires_at: number | null };

const expiryOf = (secret: StoredSecret) => (secret.expires_at === null ? null : new Date(secret.expires_at * 1000));

/**
 * The id of the stored secret matching `presented`, or null. Compares digests in constant time
 * against every active, unexpired secret (no early exit on the first match).
 */
export function matchClientSecret(
  secrets: StoredSecret[],
  presented: string,
  nowSeconds = Date.now() / 1000,
): string | null {
  if (!isWellFormedSecret(SECRET_PREFIXES.clientSecret, presented)) return null;
  const digest = Buffer.from(digestSecret(presented), "hex");
  let match: string | null = null;
  for (const secret of secrets) {
    const equal = timingSafeEqual(digest, Buffer.from(secret.digest, "hex"));
    const live = !isExpired(expiryOf(secret), new Date(nowSeconds * 1000));
    if (equal && live) match = secret.id;
  }
  return match;
}
