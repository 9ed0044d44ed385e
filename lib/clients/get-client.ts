import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { toClientView } from "./to-client-view";
import type { ClientView } from "./schemas";

export const clientNotFound = () => new DomainError("NOT_FOUND", "No client with this client_id exists.");

/** One of the actor's clients. Another owner's client is NotFound, as if it did not exist. */
export async function getClient(actor: Actor, clientId: string): Promise<ClientView> {
  const row = await getDb().client.findFirst({ where: { id: clientId, ownerId: actor.id } });
  if (!row) throw clientNotFound();
  return toClientView(row);
}
