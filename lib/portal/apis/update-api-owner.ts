import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { resolveOwnerMove } from "@/lib/portal/teams/resolve-owner-move";
import { parseApiId } from "./api-id";
import { findApiFor } from "./find-api-for";
import type { ApiView } from "./schemas";
import { toApiView, withScopes } from "./to-api-view";

/**
 * PUT /apis/{apiId}/owner: moves an API between its developer and a team, or between teams
 * (lib/portal/teams/resolve-owner-move.ts says who may). Its identifier, scopes and approvals
 * stay. Both the feed it leaves and the one it joins record the move.
 */
export async function updateApiOwner(actor: Actor, apiIdInput: unknown, input: unknown): Promise<ApiView> {
  const apiId = parseApiId(apiIdInput);
  return getDb().$transaction(async (tx) => {
    const row = await findApiFor(tx, actor, apiId, "apps.read");
    const move = await resolveOwnerMove(tx, actor, row, input);
    if (!move) return toApiView(row);
    const moved = await tx.api.update({ where: { id: apiId }, data: move.data, include: withScopes });
    for (const feed of [row, moved]) {
      await recordAuditEvent(tx, {
        actor,
        action: "api.owner_changed",
        target: { type: "api", id: apiId },
        ...ownerFeeds(feed),
        details: { from: move.from, to: move.to },
      });
    }
    return toApiView(moved);
  });
}
