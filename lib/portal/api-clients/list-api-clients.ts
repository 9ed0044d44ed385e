import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { findApiClients } from "./find-api-clients";
import type { ApiClient } from "./schemas";

/** GET /apis/{apiId}/clients: the apps asking for the actor's API's scopes with client_credentials. */
export async function listApiClients(actor: Actor, apiId: unknown): Promise<{ clients: ApiClient[] }> {
  const { clients } = await findApiClients(actor, apiId);
  return { clients };
}
