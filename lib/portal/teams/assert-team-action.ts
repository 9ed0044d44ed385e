import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { teamRoleRequired } from "@/lib/kernel/actors/owner-scope";
import { isTeamRole, roleAllows, type TeamAction, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import type { Db } from "@/lib/kernel/db/client";
import { parseTeamId, teamNotFound } from "./team-id";

export type TeamAccess = { team: { id: string; name: string }; role: TeamRole };

/**
 * The actor's membership of a team, read in one query: NOT_FOUND when the actor is not a member
 * (as for a team that does not exist), 403 naming the role when theirs is too low for `action`
 * (the one table, lib/kernel/actors/team-permissions.ts). Call it inside the transaction that
 * makes the change, so a member removed meanwhile is refused (ARCHITECTURE.md "Teams").
 */
export async function assertTeamAction(
  db: Pick<Db, "teamMember">,
  actor: Pick<Actor, "id">,
  teamIdInput: unknown,
  action: TeamAction,
): Promise<TeamAccess> {
  const teamId = parseTeamId(teamIdInput);
  const member = await db.teamMember.findUnique({
    where: { teamId_userId: { teamId, userId: actor.id } },
    select: { role: true, team: { select: { id: true, name: true } } },
  });
  if (!member || !isTeamRole(member.role)) throw teamNotFound();
  if (!roleAllows(member.role, action)) throw teamRoleRequired(member.team.name, action);
  return { team: member.team, role: member.role };
}
