import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { parseClientId } from "./client-id";
import { findClientFor } from "./find-client-for";
import { toClientView } from "./to-client-view";
import type { ClientView } from "./schemas";

/** One of the actor's or their teams' clients. Anyone else's is NotFound, as if it did not exist. */
export async function getClient(actor: Actor, input: unknown): Promise<ClientView> {
  return toClientView(await findClientFor(getDb(), actor, parseClientId(input), "apps.read"));
}
