import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { assertTeamRight, ownedByActor, ownerRelations } from "@/lib/kernel/actors/owner-scope";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import type { Db } from "@/lib/kernel/db/client";
import { clientNotFound } from "./client-id";

/**
 * The actor's client for `action`, with its owner: found only when the actor or one of their
 * teams owns it (inside the query: anyone else's is NOT_FOUND like a missing one), allowed only
 * when the actor's role there takes `action` (403 naming the role; ARCHITECTURE.md "Teams").
 * Inside a transaction, the membership read is the one the change commits with.
 */
export async function findClientFor(
  db: Pick<Db, "client">,
  actor: Pick<Actor, "id">,
  clientId: string,
  action: TeamAction,
) {
  const row = await db.client.findFirst({
    where: { id: clientId, ...ownedByActor(actor) },
    include: ownerRelations(actor),
  });
  if (!row) throw clientNotFound();
  assertTeamRight(actor, row, action);
  return row;
}
