import "server-only";
import type { SystemActor } from "@/lib/actors/system-actor";
import { getDb } from "@/lib/db/client";
import { notExpiredWhere } from "@/lib/time/expiry";

/**
 * A client with its live (unexpired) secret digests, for oidc-provider's client lookup: whoever
 * owns it, since the token endpoint authenticates the client itself. One indexed read.
 */
export async function findProviderClient(_system: SystemActor, clientId: string) {
  // A suspended app is unknown to the provider (`invalid_client` at the token endpoint); the
  // row is read on every lookup, so every process sees a suspension at once.
  return getDb().client.findFirst({
    where: { id: clientId, suspendedAt: null },
    include: { secrets: { where: notExpiredWhere(), select: { id: true, digest: true, expiresAt: true } } },
  });
}

export type ProviderClient = NonNullable<Awaited<ReturnType<typeof findProviderClient>>>;
