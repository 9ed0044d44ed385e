import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { clientNotFound } from "./get-client";

/**
 * Deletes the actor's client with its secrets, and ends everything issued to it: grants, codes,
 * access and refresh tokens (every adapter row carrying its client id). Its credentials then fail
 * with invalid_client because the client no longer exists.
 */
export async function deleteClient(actor: Actor, clientId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.client.deleteMany({ where: { id: clientId, ownerId: actor.id } });
    if (!count) throw clientNotFound();
    await tx.oidcPayload.deleteMany({ where: { clientId } });
  });
}
