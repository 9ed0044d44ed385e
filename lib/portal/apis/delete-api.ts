import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { apiNotFound, parseApiId } from "./api-id";
import { removeScopesFromClients } from "./clients-holding-scopes";
import { confirmRemovalQuerySchema } from "./schemas";
import { assertScopesUnheld } from "./scopes-in-use";

/**
 * Deletes the actor's API with its scopes and approvals, and takes its scopes out of every app
 * that registered them. New requests for its scopes or its identifier then fail (invalid_scope,
 * invalid_target), refreshing a token for it too; JWTs already issued stay valid until they expire.
 * When apps hold its scopes, only once the actor has seen them and confirmed (`query.confirm`).
 */
export async function deleteApi(actor: Actor, input: unknown, query: unknown = {}): Promise<void> {
  const apiId = parseApiId(input);
  const { confirm } = parseOrThrow(confirmRemovalQuerySchema, query);
  await getDb().$transaction(async (tx) => {
    const api = await tx.api.findFirst({
      where: { id: apiId, ownerId: actor.id },
      select: { scopes: { select: { value: true } } },
    });
    if (!api) throw apiNotFound();
    await assertScopesUnheld(
      tx,
      api.scopes.map((scope) => scope.value),
      confirm === "true",
    );
    await tx.api.delete({ where: { id: apiId } });
    await removeScopesFromClients(
      tx,
      api.scopes.map((scope) => scope.value),
    );
    await recordAuditEvent(tx, {
      actor,
      action: "api.deleted",
      target: { type: "api", id: apiId },
      userId: actor.id,
      details: { scopes: api.scopes.map((scope) => scope.value) },
    });
  });
}
