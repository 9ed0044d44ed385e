import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { isExpired } from "@/lib/kernel/time/expiry";
import { cachedClient } from "./provider-client-cache";

// The one place that decides whether a client row may be used by oidc-provider (any filter such
// as a suspension belongs in `loadClient`'s where clause). The row is cached per process
// (provider-client-cache.ts), so a secret's expiry is applied here, at every lookup.
const loadClient = (clientId: string) =>
  // A suspended app is unknown to the provider (`invalid_client` at the token endpoint).
  getDb().client.findFirst({
    where: { id: clientId, suspendedAt: null },
    include: { secrets: { select: { id: true, digest: true, expiresAt: true } } },
  });

/**
 * A client with its live (unexpired) secret digests, for oidc-provider's client lookup: whoever
 * owns it, since the token endpoint authenticates the client itself.
 */
export async function findProviderClient(_system: SystemActor, clientId: string) {
  const row = await cachedClient(clientId, loadClient);
  if (!row) return null;
  const now = new Date();
  return { ...row, secrets: row.secrets.filter((secret) => !isExpired(secret.expiresAt, now)) };
}

export type ProviderClient = NonNullable<Awaited<ReturnType<typeof findProviderClient>>>;
