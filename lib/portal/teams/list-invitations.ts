import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertTeamAction } from "./assert-team-action";
import type { InvitationView } from "./schemas";
import { toInvitationView } from "./to-team-view";

/** A team's pending invitations (unused, unexpired), newest first, with who sent each (members.manage). */
export async function listInvitations(
  actor: Actor,
  teamId: unknown,
  now = new Date(),
): Promise<{ invitations: InvitationView[] }> {
  const db = getDb();
  const { team } = await assertTeamAction(db, actor, teamId, "members.manage");
  const rows = await db.teamInvitation.findMany({
    where: { teamId: team.id, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const senderIds = [...new Set(rows.flatMap((row) => (row.invitedById ? [row.invitedById] : [])))];
  const senders = new Map(
    (await db.user.findMany({ where: { id: { in: senderIds } }, select: { id: true, name: true, email: true } })).map(
      ({ id, ...sender }) => [id, sender],
    ),
  );
  return {
    invitations: rows.map((row) => toInvitationView(row, (row.invitedById && senders.get(row.invitedById)) || null)),
  };
}
