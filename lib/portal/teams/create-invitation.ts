import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { generatePrefixedSecret, SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { durationWords } from "@/lib/kernel/time/durations";
import { expiresAfter, LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";
import { countAttemptIn, THROTTLES, tryAgainIn } from "@/lib/accounts/users/login-throttle";
import { assertTeamAction } from "./assert-team-action";
import { recordTeamEvent } from "./record-team-event";
import { invitationInputSchema, type InvitationView } from "./schemas";
import { MAX_PENDING_TEAM_INVITATIONS, teamInvitationUrl } from "./team-invitations";
import { assertMayManage } from "./team-member";
import { toInvitationView } from "./to-team-view";

/**
 * Invites `email` to the team with a role (members.manage; owners.manage to invite an owner): a
 * single-use link, mailed, valid for LIFETIMES.teamInvitation. Inviting an address with a pending
 * invitation replaces it (the old link stops working). If the mail cannot be sent the invitation
 * is removed again and MAIL_UNAVAILABLE tells the inviter, who can retry.
 */
export async function createInvitation(actor: Actor, teamId: unknown, input: unknown): Promise<InvitationView> {
  const { email, role } = parseOrThrow(invitationInputSchema, input);
  const { secret, digest } = generatePrefixedSecret(SECRET_PREFIXES.emailLink);
  const now = new Date();
  const { row, teamName } = await getDb().$transaction(async (tx) => {
    const access = await assertTeamAction(tx, actor, teamId, "members.manage");
    assertMayManage(access, role);
    const wait = await countAttemptIn(tx, THROTTLES.teamInvitationSender, actor.id, now);
    if (wait) throw new DomainError("RATE_LIMITED", `You have sent many invitations lately. ${tryAgainIn(wait)}`);
    const member = await tx.teamMember.count({ where: { teamId: access.team.id, user: { email } } });
    if (member)
      throw new DomainError("CONFLICT", "Check the highlighted fields.", { email: [`${email} is already a member`] });
    const replaced = await tx.teamInvitation.deleteMany({ where: { teamId: access.team.id, email } });
    const pending = await tx.teamInvitation.count({ where: { teamId: access.team.id, expiresAt: { gt: now } } });
    if (pending >= MAX_PENDING_TEAM_INVITATIONS) {
      throw new DomainError(
        "CONFLICT",
        `${access.team.name} has ${pending} pending invitations, the most it may have. Revoke some first.`,
      );
    }
    const created = await tx.teamInvitation.create({
      data: {
        id: randomUUID(),
        teamId: access.team.id,
        email,
        role,
        digest,
        invitedById: actor.id,
        expiresAt: expiresAfter(LIFETIMES.teamInvitation, now),
      },
    });
    await recordTeamEvent(
      tx,
      actor,
      "team.invitation_sent",
      access.team.id,
      { email, role, ...(replaced.count && { replaced: true }) },
      {
        type: "invitation",
        id: created.id,
      },
    );
    return { row: created, teamName: access.team.name };
  });
  try {
    await sendInstanceMail((instance) => ({
      to: email,
      subject: `Join ${teamName} on ${instance}`,
      intro: `${actor.name} invited you to join the team ${teamName} on ${instance} as ${role}. Sign in with this address (${email}), verified, to accept. The link works once, for ${durationWords(LIFETIMES.teamInvitation)}.`,
      action: { label: "Join the team", url: teamInvitationUrl(getConfig().NINKA_URL, secret) },
    }));
  } catch (error) {
    await getDb().teamInvitation.deleteMany({ where: { id: row.id } });
    throw error;
  }
  return toInvitationView(row, { name: actor.name, email: actor.email });
}
