import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { TEAM_ROLES, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { parseTeamId, teamNotFound } from "@/lib/portal/teams/team-id";

const byName = { name: "asc" } as const;
const rank = (role: string) => TEAM_ROLES.indexOf(role as TeamRole);

/**
 * Any team as an administrator sees it, /admin/teams/[teamId] (admins only; anyone else gets
 * NOT_FOUND, as /admin answers 404): its members with their roles and addresses, owners first,
 * the apps and APIs it owns, and how many invitations wait (unused and unexpired).
 */
export async function getAdminTeam(actor: AnyActor, teamIdInput: unknown, now = new Date()) {
  const teamId = parseTeamId(teamIdInput);
  const db = getDb();
  await assertAdmin(db, actor);
  const row = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      slug: true,
      logoUri: true,
      homepageUri: true,
      createdAt: true,
      members: {
        orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      clients: {
        orderBy: byName,
        select: { id: true, name: true, applicationType: true, suspendedAt: true },
      },
      apis: { orderBy: byName, select: { id: true, name: true, identifier: true } },
      _count: { select: { invitations: { where: { expiresAt: { gt: now } } } } },
    },
  });
  if (!row) throw teamNotFound();
  const { members, clients, _count, ...team } = row;
  return {
    ...team,
    // Stable sort: within a role, who joined first.
    members: members
      .toSorted((a, b) => rank(b.role) - rank(a.role))
      .map(({ user, role, createdAt }) => ({ ...user, role: role as TeamRole, joinedAt: createdAt })),
    apps: clients,
    pendingInvitations: _count.invitations,
  };
}
