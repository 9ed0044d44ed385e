import "server-only";
import type { SystemActor } from "@/lib/actors/system-actor";
import { getDb } from "@/lib/db/client";
import { notExpiredWhere } from "@/lib/time/expiry";

/**
 * A client with its live (unexpired) secret digests, for oidc-provider's client lookup: whoever
 * owns it, since the token endpoint authenticates the client itself. One indexed read.
 */
export async function findProviderClient(_system: SystemActor, clientId: string) {
  return getDb().client.findUnique({
    where: { id: clientId },
    include: { secrets: { where: notExpiredWhere(), select: { id: true, digest: true, expiresAt: true } } },
  });
}

export type ProviderClient = NonNullable<Awaited<ReturnType<typeof findProviderClient>>>;
