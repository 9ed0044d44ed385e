import type { SecretView } from "@/lib/credentials/schemas";

// How the console labels a secret. The token endpoint applies the same expiry on its own.
export const isExpired = (secret: SecretView, now: Date) => secret.expires_at !== null && new Date(secret.expires_at) <= now;
