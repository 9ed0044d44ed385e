import "server-only";
import { isTeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { isExpired } from "@/lib/kernel/time/expiry";
import type { InvitationPreview } from "./schemas";
import { findInvitationByToken, invitationNotFound } from "./team-invitations";

/**
 * What the join page shows whoever holds an invitation link before they accept: the team, the
 * role, who invited, the invited address and whether the link expired. Nothing else of the team,
 * and never the token's digest; a used, revoked or unknown link is NOT_FOUND.
 */
export async function getInvitationPreview(token: unknown, now = new Date()): Promise<InvitationPreview> {
  const db = getDb();
  const row = await findInvitationByToken(db, token);
  if (!isTeamRole(row.role)) throw invitationNotFound();
  const inviter = row.invitedById
    ? await db.user.findUnique({ where: { id: row.invitedById }, select: { name: true } })
    : null;
  return {
    team: { name: row.team.name, slug: row.team.slug, logo_uri: row.team.logoUri },
    role: row.role,
    invited_by: inviter?.name ?? null,
    email: row.email,
    expires_at: row.expiresAt.toISOString(),
    expired: isExpired(row.expiresAt, now),
  };
}
