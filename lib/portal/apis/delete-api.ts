import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { parseApiId } from "./api-id";
import { findApiFor } from "./find-api-for";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { removeScopesFromClients } from "./clients-holding-scopes";
import { confirmRemovalQuerySchema } from "./schemas";
import { assertScopesUnheld } from "./scopes-in-use";

/**
 * Deletes the actor's (or, for a team admin, the team's) API with its scopes and approvals, and takes its scopes out of every app
 * that registered them. New requests for its scopes or its identifier then fail (invalid_scope,
 * invalid_target), refreshing a token for it too; JWTs already issued stay valid until they expire.
 * When apps hold its scopes, only once the actor has seen them and confirmed (`query.confirm`).
 */
export async function deleteApi(actor: Actor, input: unknown, query: unknown = {}): Promise<void> {
  const apiId = parseApiId(input);
  const { confirm } = parseOrThrow(confirmRemovalQuerySchema, query);
  await getDb().$transaction(async (tx) => {
    const api = await findApiFor(tx, actor, apiId, "apps.delete");
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
      ...ownerFeeds(api),
      details: { scopes: api.scopes.map((scope) => scope.value) },
    });
  });
}
