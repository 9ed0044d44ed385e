import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { apiNotFound, parseApiId } from "./api-id";
import type { ApiView } from "./schemas";
import { toApiView, withScopes } from "./to-api-view";

/** One of the actor's APIs. Another owner's API is NotFound, as if it did not exist. */
export async function getApi(actor: Actor, input: unknown): Promise<ApiView> {
  const row = await getDb().api.findFirst({ where: { id: parseApiId(input), ownerId: actor.id }, include: withScopes });
  if (!row) throw apiNotFound();
  return toApiView(row);
}
