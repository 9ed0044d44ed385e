// Owner scoping for what a person or a team owns (ARCHITECTURE.md "Teams"): apps and APIs. The
// where clause admits the actor's own rows and their teams' rows (any role), so another team's
// app is NOT_FOUND exactly like a missing one; the select reads the actor's role in the same
// query, and `assertTeamRight` refuses a member whose role is too low with 403 naming the role.
import { DomainError } from "@/lib/kernel/errors";
import type { Actor } from "./actor";
import { TEAM_ACTIONS, isTeamRole, roleAllows, type TeamAction, type TeamRole } from "./team-permissions";

/** Where: owned by the actor, or by a team the actor is a member of. */
export const ownedByActor = (actor: Pick<Actor, "id">) => ({
  OR: [{ ownerId: actor.id }, { team: { members: { some: { userId: actor.id } } } }],
});

/** Select: who owns the row, and the actor's membership of its team (if any). */
export const ownerAccessSelect = (actor: Pick<Actor, "id">) => ({
  ownerId: true,
  teamId: true,
  team: { select: { name: true, members: { where: { userId: actor.id }, select: { role: true } } } },
});

export type OwnerAccessRow = {
  ownerId: string | null;
  teamId: string | null;
  team: { name: string; members: { role: string }[] } | null;
};

/** The actor's role on a row: a person's own app counts as owner; null when not theirs at all. */
export function roleOnRow(actor: Pick<Actor, "id">, row: OwnerAccessRow): TeamRole | null {
  if (row.ownerId !== null) return row.ownerId === actor.id ? "owner" : null;
  const role = row.team?.members[0]?.role;
  return isTeamRole(role) ? role : null;
}

/** The team's 403: the member may see the row but not do this; the problem body names the role. */
export function teamRoleRequired(teamName: string, action: TeamAction): DomainError {
  const role = TEAM_ACTIONS[action].role;
  return new DomainError("FORBIDDEN", `This needs the ${role} role in ${teamName}.`, undefined, {
    required_role: role,
  });
}

/** Refuses unless the actor's role on the row allows `action` (the row was found, so it is visible). */
export function assertTeamRight(actor: Pick<Actor, "id">, row: OwnerAccessRow, action: TeamAction): void {
  if (roleAllows(roleOnRow(actor, row), action)) return;
  throw teamRoleRequired(row.team?.name ?? "this team", action);
}

/** Where the audit event of a change to the row shows: its owner's activity, or its team's feed. */
export const ownerFeeds = (row: { ownerId: string | null; teamId: string | null }) => ({
  userId: row.ownerId,
  teamId: row.teamId,
});
