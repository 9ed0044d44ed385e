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

/** Include: the owning person or team by name, and the actor's membership of that team (if any). */
export const ownerRelations = (actor: Pick<Actor, "id">) => ({
  owner: { select: { id: true, name: true } },
  team: { select: { id: true, name: true, members: { where: { userId: actor.id }, select: { role: true } } } },
});

/** Select: the same with the owner columns, for a query that needs nothing else of the row. */
export const ownerAccessSelect = (actor: Pick<Actor, "id">) => ({
  ownerId: true,
  teamId: true,
  ...ownerRelations(actor),
});

export type OwnerAccessRow = {
  ownerId: string | null;
  teamId: string | null;
  owner: { id: string; name: string } | null;
  team: { id: string; name: string; members: { role: string }[] } | null;
};

/** Include: who owns the row, by name, for a reader that acts for no one (Ninka itself). */
export const ownerNames = { owner: { select: { id: true, name: true } }, team: { select: { id: true, name: true } } };
export type OwnerNames = { owner: { id: string; name: string } | null; team: { id: string; name: string } | null };

/** Who owns a row, as REST views and the console say it; null for an app nobody owns. */
export type OwnerView = { type: "user" | "team"; id: string; name: string } | null;

export function toOwnerView(row: OwnerNames): OwnerView {
  if (row.team) return { type: "team", id: row.team.id, name: row.team.name };
  return row.owner && { type: "user", id: row.owner.id, name: row.owner.name };
}

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
