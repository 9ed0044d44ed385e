import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { assertVerifiedOwner } from "@/lib/accounts/users/assert-verified-owner";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertNamesFree, rethrowNameTaken } from "./names-in-use";
import { apiInputSchema, type ApiView } from "./schemas";
import { toApiColumns, toApiView, toScopeRows, withScopes } from "./to-api-view";
import { assertTeamAction } from "@/lib/portal/teams/assert-team-action";
import { teamPlacementSchema } from "@/lib/portal/teams/owner-schemas";

/**
 * Registers an API owned by the actor, or by one of their teams (`team_id`, the developer role at
 * least; ARCHITECTURE.md "Teams"), with its scopes; the actor's address must be verified.
 */
export async function createApi(actor: Actor, input: unknown): Promise<ApiView> {
  const data = parseOrThrow(apiInputSchema, input);
  const { team_id } = parseOrThrow(teamPlacementSchema, input);
  const row = await getDb()
    .$transaction(async (tx) => {
      await assertVerifiedOwner(tx, actor.id, "api");
      await assertNamesFree(tx, data);
      const team = team_id === undefined ? null : (await assertTeamAction(tx, actor, team_id, "apps.write")).team;
      const created = await tx.api.create({
        data: {
          id: randomBytes(12).toString("hex"),
          ...(team ? { teamId: team.id } : { ownerId: actor.id }),
          identifier: data.identifier,
          ...toApiColumns(data),
          scopes: { create: toScopeRows(data) },
        },
        include: withScopes,
      });
      await recordAuditEvent(tx, {
        actor,
        action: "api.created",
        target: { type: "api", id: created.id },
        ...ownerFeeds(created),
        details: { name: data.name, identifier: data.identifier, scopes: data.scopes.map((scope) => scope.value) },
      });
      return created;
    })
    .catch(rethrowNameTaken);
  return toApiView(row);
}
