import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { assertTeamRight, ownedByActor, ownerAccessSelect } from "@/lib/kernel/actors/owner-scope";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

/**
 * The actor's (or their team's) app `clientId` with its name and owner, when their role takes
 * `action` (ARCHITECTURE.md "Teams"); NOT_FOUND when it is nobody's they can see.
 */
export async function findOwnedClient(tx: Pick<Db, "client">, actor: Actor, clientId: unknown, action: TeamAction) {
  const client =
    typeof clientId === "string" && clientId.length <= 200
      ? await tx.client.findFirst({
          where: { id: clientId, ...ownedByActor(actor) },
          select: { id: true, name: true, ...ownerAccessSelect(actor) },
        })
      : null;
  if (!client) throw new DomainError("NOT_FOUND", "No such app.");
  assertTeamRight(actor, client, action);
  return client;
}
