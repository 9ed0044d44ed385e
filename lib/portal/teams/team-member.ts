import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { teamRoleRequired } from "@/lib/kernel/actors/owner-scope";
import { isTeamRole, mayManageRole, type TeamAction, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import type { Db } from "@/lib/kernel/db/client";
import { lockTeam } from "@/lib/kernel/db/lock-team";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { assertTeamAction, type TeamAccess } from "./assert-team-action";
import { parseTeamId } from "./team-id";

type Tx = Pick<Db, "teamMember" | "$executeRaw">;
export type TeamMemberRow = { userId: string; role: TeamRole; user: { email: string; name: string } };

const memberNotFound = () => new DomainError("NOT_FOUND", "No such member in this team.");

/** `me` in a path names the actor (DELETE /teams/{teamId}/members/me: leave the team). */
export const parseMemberId = (actor: Pick<Actor, "id">, value: unknown) =>
  value === "me" ? actor.id : parseIdOrThrow(value, memberNotFound);

/**
 * Locks the team's row (lib/kernel/db/lock-team.ts) and then reads the actor's access, so both it
 * and the owner count that follows hold until commit, whatever changes the team meanwhile.
 */
export async function lockTeamAccess(tx: Tx, actor: Pick<Actor, "id">, teamId: unknown, action: TeamAction) {
  await lockTeam(tx, parseTeamId(teamId));
  return assertTeamAction(tx, actor, teamId, action);
}

/** One member of the team, or NOT_FOUND. */
export async function findMember(tx: Tx, teamId: string, userId: string): Promise<TeamMemberRow> {
  const row = await tx.teamMember.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { userId: true, role: true, user: { select: { email: true, name: true } } },
  });
  if (!row || !isTeamRole(row.role)) throw memberNotFound();
  return { ...row, role: row.role };
}

/** Refuses unless the actor's role may give or take away `role` (an owner's only by owners). */
export function assertMayManage(access: TeamAccess, role: TeamRole): void {
  if (!mayManageRole(access.role, role)) throw teamRoleRequired(access.team.name, "owners.manage");
}

/** A team always keeps an owner: refuses to demote or remove `member` when they are the last one. */
export async function assertNotLastOwner(tx: Tx, teamId: string, member: TeamMemberRow, teamName: string) {
  if (member.role !== "owner") return;
  const owners = await tx.teamMember.count({ where: { teamId, role: "owner" } });
  if (owners <= 1) {
    throw new DomainError(
      "CONFLICT",
      `${member.user.email} is the last owner of ${teamName}; make another member an owner first.`,
    );
  }
}
