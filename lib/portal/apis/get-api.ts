import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { parseApiId } from "./api-id";
import { findApiFor } from "./find-api-for";
import type { ApiView } from "./schemas";
import { toApiView } from "./to-api-view";

/** One of the actor's or their teams' APIs. Anyone else's is NotFound, as if it did not exist. */
export async function getApi(actor: Actor, input: unknown): Promise<ApiView> {
  return toApiView(await findApiFor(getDb(), actor, parseApiId(input), "apps.read"));
}
