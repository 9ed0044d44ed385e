import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { clientNotFound, parseClientId } from "./client-id";
import { toClientView } from "./to-client-view";
import type { ClientView } from "./schemas";

/** One of the actor's clients. Another owner's client is NotFound, as if it did not exist. */
export async function getClient(actor: Actor, input: unknown): Promise<ClientView> {
  const row = await getDb().client.findFirst({ where: { id: parseClientId(input), ownerId: actor.id } });
  if (!row) throw clientNotFound();
  return toClientView(row);
}
