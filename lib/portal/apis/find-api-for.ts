import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { assertTeamRight, ownedByActor, ownerRelations } from "@/lib/kernel/actors/owner-scope";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import type { Db } from "@/lib/kernel/db/client";
import { apiNotFound } from "./api-id";
import { withScopes } from "./to-api-view";

/**
 * The actor's API for `action`, with its scopes and owner: found only when the actor or one of
 * their teams owns it (anyone else's is NOT_FOUND like a missing one), allowed only when their
 * role there takes `action` (403 naming the role; ARCHITECTURE.md "Teams").
 */
export async function findApiFor(db: Pick<Db, "api">, actor: Pick<Actor, "id">, apiId: string, action: TeamAction) {
  const row = await db.api.findFirst({
    where: { id: apiId, ...ownedByActor(actor) },
    include: { ...withScopes, ...ownerRelations(actor) },
  });
  if (!row) throw apiNotFound();
  assertTeamRight(actor, row, action);
  return row;
}
