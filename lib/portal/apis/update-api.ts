import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { changedFields } from "@/lib/kernel/audit/changed-fields";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { parseApiId } from "./api-id";
import { findApiFor } from "./find-api-for";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { removeScopesFromClients } from "./clients-holding-scopes";
import { assertNamesFree, rethrowNameTaken } from "./names-in-use";
import { apiInputSchema, confirmRemovalQuerySchema, type ApiView } from "./schemas";
import { assertScopesUnheld } from "./scopes-in-use";
import { toApiColumns, toApiView, toScopeRows, withScopes } from "./to-api-view";

/**
 * Replaces the settings of the actor's (or their team's) API and scopes (PUT semantics). The identifier never changes:
 * it is the audience of tokens already issued. A removed scope is taken out of every app that
 * registered it, with its approvals, but only once the actor has seen those apps and confirmed
 * (`query.confirm`, lib/portal/apis/scopes-in-use.ts); the console lists them before it saves.
 */
export async function updateApi(
  actor: Actor,
  apiIdInput: unknown,
  input: unknown,
  query: unknown = {},
): Promise<ApiView> {
  const apiId = parseApiId(apiIdInput);
  const data = parseOrThrow(apiInputSchema, input);
  const { confirm } = parseOrThrow(confirmRemovalQuerySchema, query);
  const row = await getDb()
    .$transaction(async (tx) => {
      const existing = await findApiFor(tx, actor, apiId, "apps.write");
      if (existing.identifier !== data.identifier) {
        throw new DomainError("VALIDATION", "The identifier of an API cannot be changed.", {
          identifier: [
            `cannot be changed (it is ${existing.identifier}, the audience of tokens already issued); register a new API instead`,
          ],
        });
      }
      await assertNamesFree(tx, { scopes: data.scopes }, apiId);
      const kept = new Set(data.scopes.map((scope) => scope.value));
      const current = new Set(existing.scopes.map((scope) => scope.value));
      const removed = [...current].filter((value) => !kept.has(value));
      await assertScopesUnheld(tx, removed, confirm === "true");
      await tx.apiScope.deleteMany({ where: { apiId, value: { in: removed } } });
      for (const scope of toScopeRows(data)) {
        if (current.has(scope.value)) await tx.apiScope.update({ where: { value: scope.value }, data: scope });
        else await tx.apiScope.create({ data: { ...scope, apiId } });
      }
      await removeScopesFromClients(tx, removed);
      const updated = await tx.api.update({
        where: { id: apiId },
        data: { ...toApiColumns(data), updatedAt: new Date() },
        include: withScopes,
      });
      const changes = changedFields(toApiView(existing), toApiView(updated), ["updated_at"]);
      await recordAuditEvent(tx, {
        actor,
        action: "api.updated",
        target: { type: "api", id: apiId },
        ...ownerFeeds(existing),
        details: { changes, removed_scopes: removed },
      });
      return updated;
    })
    .catch(rethrowNameTaken);
  return toApiView(row);
}
