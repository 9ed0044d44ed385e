import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { recordTeamEvent } from "./record-team-event";
import { updateMemberSchema, type MemberView } from "./schemas";
import { toMemberView } from "./to-team-view";
import { assertMayManage, assertNotLastOwner, findMember, lockTeamAccess, parseMemberId } from "./team-member";

/**
 * Changes a member's role (members.manage; only owners make or unmake owners: mayManageRole for
 * both the old and the new role). A team keeps an owner: the last one cannot be demoted.
 */
export async function updateMember(
  actor: Actor,
  teamId: unknown,
  userId: unknown,
  input: unknown,
): Promise<MemberView> {
  const { role } = parseOrThrow(updateMemberSchema, input);
  const memberId = parseMemberId(actor, userId);
  return getDb().$transaction(async (tx) => {
    const access = await lockTeamAccess(tx, actor, teamId, "members.manage");
    const member = await findMember(tx, access.team.id, memberId);
    assertMayManage(access, member.role);
    assertMayManage(access, role);
    if (role !== "owner") await assertNotLastOwner(tx, access.team.id, member, access.team.name);
    const row = await tx.teamMember.update({
      where: { teamId_userId: { teamId: access.team.id, userId: memberId } },
      data: { role },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    });
    if (member.role !== role) {
      await recordTeamEvent(
        tx,
        actor,
        "team.member_role_changed",
        access.team.id,
        { email: member.user.email, from: member.role, to: role },
        { type: "user", id: memberId },
      );
    }
    return toMemberView(row);
  });
}
