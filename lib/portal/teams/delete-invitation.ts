import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { isTeamRole } from "@/lib/kernel/actors/team-permissions";
import { assertTeamAction } from "./assert-team-action";
import { recordTeamEvent } from "./record-team-event";
import { assertMayManage } from "./team-member";

const noInvitation = () => new DomainError("NOT_FOUND", "No such invitation in this team, or it was already used.");

/** Revokes a pending invitation: its link stops working at once (members.manage; an owner's by owners). */
export async function deleteInvitation(actor: Actor, teamId: unknown, invitationId: unknown): Promise<void> {
  const id = parseIdOrThrow(invitationId, noInvitation);
  await getDb().$transaction(async (tx) => {
    const access = await assertTeamAction(tx, actor, teamId, "members.manage");
    const row = await tx.teamInvitation.findFirst({ where: { id, teamId: access.team.id } });
    if (!row || !isTeamRole(row.role)) throw noInvitation();
    assertMayManage(access, row.role);
    await tx.teamInvitation.delete({ where: { id } });
    await recordTeamEvent(
      tx,
      actor,
      "team.invitation_revoked",
      access.team.id,
      { email: row.email, role: row.role },
      { type: "invitation", id },
    );
  });
}
