import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { isTeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { isExpired } from "@/lib/kernel/time/expiry";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { recordTeamEvent } from "./record-team-event";
import { acceptInvitationSchema, type TeamView } from "./schemas";
import { findInvitationByToken, invitationNotFound } from "./team-invitations";
import { toTeamView } from "./to-team-view";

/**
 * The signed-in actor accepts a team invitation with the token of its mailed link: their address
 * must be the invited one and verified (anyone can sign up unverified with any address). Single
 * use: the row is deleted in the same transaction that adds the member, so of two accepts racing
 * on one link exactly one joins (ARCHITECTURE.md "Teams").
 */
export async function acceptInvitation(actor: Actor, input: unknown, now = new Date()): Promise<TeamView> {
  const { token } = parseOrThrow(acceptInvitationSchema, input);
  return getDb().$transaction(async (tx) => {
    const invitation = await findInvitationByToken(tx, token);
    const { team } = invitation;
    if (isExpired(invitation.expiresAt, now) || !isTeamRole(invitation.role)) {
      throw new DomainError("CONFLICT", `This invitation to ${team.name} has expired. Ask the team for a new one.`);
    }
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { email: true, emailVerifiedAt: true } });
    if (user?.email !== invitation.email) {
      throw new DomainError(
        "FORBIDDEN",
        `This invitation is for ${invitation.email}; you are signed in as ${user?.email ?? actor.email}. Sign in with the invited address to accept it.`,
      );
    }
    if (!user.emailVerifiedAt) {
      throw new DomainError(
        "FORBIDDEN",
        `Verify ${user.email} before joining ${team.name}: open the link we mailed you, or ask for a new one in the console.`,
      );
    }
    const member = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: team.id, userId: actor.id } } });
    if (member) throw new DomainError("CONFLICT", `You are already a member of ${team.name}.`);
    const { count } = await tx.teamInvitation.deleteMany({ where: { id: invitation.id } });
    if (count !== 1) throw invitationNotFound();
    await tx.teamMember.create({ data: { teamId: team.id, userId: actor.id, role: invitation.role } });
    await recordTeamEvent(
      tx,
      actor,
      "team.member_added",
      team.id,
      { email: user.email, role: invitation.role },
      { type: "user", id: actor.id },
    );
    const row = await tx.team.findUniqueOrThrow({ where: { id: team.id } });
    return toTeamView(row, invitation.role);
  });
}
