import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { recordTeamEvent } from "./record-team-event";
import { assertMayManage, assertNotLastOwner, findMember, lockTeamAccess, parseMemberId } from "./team-member";

/**
 * Removes a member from a team (members.manage, and only owners remove owners), or the actor
 * leaves (`userId` their own id or `me`; any role may leave). Never the last owner. Nothing of the
 * team's apps ends; the member's access does, at their next request on every process, since
 * membership is read by every query and never cached (ARCHITECTURE.md "Teams").
 */
export async function deleteMember(actor: Actor, teamId: unknown, userId: unknown): Promise<void> {
  const memberId = parseMemberId(actor, userId);
  const leaving = memberId === actor.id;
  await getDb().$transaction(async (tx) => {
    const access = await lockTeamAccess(tx, actor, teamId, leaving ? "apps.read" : "members.manage");
    const member = await findMember(tx, access.team.id, memberId);
    if (!leaving) assertMayManage(access, member.role);
    await assertNotLastOwner(tx, access.team.id, member, access.team.name);
    await tx.teamMember.delete({ where: { teamId_userId: { teamId: access.team.id, userId: memberId } } });
    await recordTeamEvent(
      tx,
      actor,
      "team.member_removed",
      access.team.id,
      { email: member.user.email, role: member.role, ...(leaving && { left: true }) },
      { type: "user", id: memberId },
    );
  });
}
