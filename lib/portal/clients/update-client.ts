import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { changedFields } from "@/lib/kernel/audit/changed-fields";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertApiScopesExist } from "./check-api-scopes";
import { clientNotFound, parseClientId } from "./client-id";
import { findClientFor } from "./find-client-for";
import { ownerFeeds, ownerRelations } from "@/lib/kernel/actors/owner-scope";
import { clientInputSchema, type ClientView } from "./schemas";
import { toClientColumns, toClientView } from "./to-client-view";

/**
 * Replaces the settings of the actor's or their team's client (a developer at least) (PUT semantics: omitted optional fields are cleared).
 * client_id and secrets never change here, and neither does the application type: a public
 * client cannot become confidential or back (register a new client instead). The audit event
 * carries what changed, redirect URIs before and after included.
 */
export async function updateClient(actor: Actor, clientIdInput: unknown, input: unknown): Promise<ClientView> {
  const clientId = parseClientId(clientIdInput);
  const data = parseOrThrow(clientInputSchema, input);
  await assertApiScopesExist(actor, data.scope);
  return getDb().$transaction(async (tx) => {
    const existing = await findClientFor(tx, actor, clientId, "apps.write");
    if (existing.applicationType !== data.application_type) {
      throw new DomainError("VALIDATION", "The application type of a client cannot be changed.", {
        application_type: [
          `cannot be changed (this client is ${existing.applicationType}); register a new client instead`,
        ],
      });
    }
    const { count } = await tx.client.updateMany({
      where: { id: clientId },
      data: { ...toClientColumns(data), updatedAt: new Date() },
    });
    if (!count) throw clientNotFound();
    const updated = toClientView(
      await tx.client.findUniqueOrThrow({ where: { id: clientId }, include: ownerRelations(actor) }),
    );
    const changes = changedFields(toClientView(existing), updated, ["updated_at"]);
    await recordAppEvent(tx, actor, "app.updated", { clientId, ...ownerFeeds(existing) }, { changes });
    return updated;
  });
}
