import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { apiNotFound, parseApiId } from "./api-id";
import { removeScopesFromClients } from "./clients-holding-scopes";

/**
 * Deletes the actor's API with its scopes and approvals, and takes its scopes out of every app
 * that registered them. New requests for its scopes or its identifier then fail (invalid_scope,
 * invalid_target), refreshing a token for it too; JWTs already issued stay valid until they expire.
 */
export async function deleteApi(actor: Actor, input: unknown): Promise<void> {
  const apiId = parseApiId(input);
  await getDb().$transaction(async (tx) => {
    const api = await tx.api.findFirst({ where: { id: apiId, ownerId: actor.id }, select: { scopes: { select: { value: true } } } });
    if (!api) throw apiNotFound();
    await tx.api.delete({ where: { id: apiId } });
    await removeScopesFromClients(tx, api.scopes.map((scope) => scope.value));
  });
}
