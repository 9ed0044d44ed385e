import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { lockTeam } from "@/lib/kernel/db/lock-team";
import { DomainError } from "@/lib/kernel/errors";

type Reader = Pick<Db, "teamMember">;

/** The teams of which `userId` is the only owner, by name: what deleting the account would orphan. */
export async function teamsLastOwnedBy(db: Reader, userId: string): Promise<{ id: string; name: string }[]> {
  const owned = await db.teamMember.findMany({
    where: { userId, role: "owner" },
    select: {
      team: { select: { id: true, name: true, members: { where: { role: "owner" }, select: { userId: true } } } },
    },
  });
  return owned
    .filter(({ team }) => team.members.length === 1)
    .map(({ team }) => ({ id: team.id, name: team.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A team always keeps an owner (ARCHITECTURE.md "Teams"): an account that is the last owner of a
 * team cannot be deleted until someone else owns it, or it is deleted. Inside the deletion's
 * transaction, with the rows of the account's teams locked (lib/kernel/db/lock-team.ts) so that a
 * fellow owner leaving at the same moment is counted.
 */
export async function assertNotLastTeamOwner(
  tx: Reader & Pick<Db, "$executeRaw">,
  user: { id: string; email: string },
) {
  const teams = await tx.teamMember.findMany({
    where: { userId: user.id, role: "owner" },
    select: { teamId: true },
    orderBy: { teamId: "asc" },
  });
  for (const { teamId } of teams) await lockTeam(tx, teamId);
  const orphaned = await teamsLastOwnedBy(tx, user.id);
  if (!orphaned.length) return;
  throw new DomainError(
    "CONFLICT",
    `${user.email} is the last owner of ${orphaned.map((team) => team.name).join(", ")}. Make another member an owner, or delete the team, first.`,
    undefined,
    { teams: orphaned },
  );
}
