import type { Actor } from "@/lib/auth/actor";
import { clientNotFound } from "@/lib/clients/get-client";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";

/**
 * Revokes one secret of the actor's client. Takes effect on the next token request in every
 * process: the token endpoint reads the client's secrets on each request.
 */
export async function deleteCredential(actor: Actor, clientId: string, secretId: string): Promise<void> {
  const { count } = await getDb().clientSecret.deleteMany({
    where: { id: secretId, clientId, client: { ownerId: actor.id } },
  });
  if (count) return;
  const owned = await getDb().client.count({ where: { id: clientId, ownerId: actor.id } });
  throw owned ? new DomainError("NOT_FOUND", "This client has no secret with that id.") : clientNotFound();
}

/** Revokes every secret of the actor's client. */
export async function deleteCredentials(actor: Actor, clientId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const owned = await tx.client.count({ where: { id: clientId, ownerId: actor.id } });
    if (!owned) throw clientNotFound();
    await tx.clientSecret.deleteMany({ where: { clientId } });
  });
}
