import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownerFeeds, ownerRelations } from "@/lib/kernel/actors/owner-scope";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { resolveOwnerMove } from "@/lib/portal/teams/resolve-owner-move";
import { parseClientId } from "./client-id";
import { findClientFor } from "./find-client-for";
import type { ClientView } from "./schemas";
import { toClientView } from "./to-client-view";

/**
 * PUT /clients/{clientId}/owner: moves an app between its developer and a team, or between teams
 * (lib/portal/teams/resolve-owner-move.ts says who may). Nothing issued to it changes. Both the
 * feed it leaves and the one it joins record the move.
 */
export async function updateClientOwner(actor: Actor, clientIdInput: unknown, input: unknown): Promise<ClientView> {
  const clientId = parseClientId(clientIdInput);
  return getDb().$transaction(async (tx) => {
    const row = await findClientFor(tx, actor, clientId, "apps.read");
    const move = await resolveOwnerMove(tx, actor, row, input);
    if (!move) return toClientView(row);
    const moved = await tx.client.update({ where: { id: clientId }, data: move.data, include: ownerRelations(actor) });
    const details = { from: move.from, to: move.to };
    for (const feed of [row, moved]) {
      await recordAppEvent(tx, actor, "app.owner_changed", { clientId, ...ownerFeeds(feed) }, details);
    }
    return toClientView(moved);
  });
}
