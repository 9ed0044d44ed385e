import "server-only";
import {
  digestSecret,
  generatePrefixedSecret,
  isWellFormedSecret,
  SECRET_PREFIXES,
} from "@/lib/kernel/crypto/prefixed-secret";
import type { Db } from "@/lib/kernel/db/client";

// An invitation link works once, for LIFETIMES.invitation (ARCHITECTURE.md "Sign-up policy and
// invitations").
const INVITATION_PATH = "/signup";

type Tx = Pick<Db, "invitation">;

/** A fresh invitation token (mailed) and its digest (stored). Shares the mailed links' prefix. */
export const newInvitationToken = () => generatePrefixedSecret(SECRET_PREFIXES.emailLink);

export const invitationUrl = (baseUrl: string, token: string) =>
  `${baseUrl}${INVITATION_PATH}?${new URLSearchParams({ invitation: token })}`;

/** The pending invitation a token opens (unused, unexpired), or null. Reading does not use it. */
export async function findPendingInvitation(tx: Tx, token: unknown, now = new Date()) {
  if (typeof token !== "string" || !isWellFormedSecret(SECRET_PREFIXES.emailLink, token)) return null;
  const row = await tx.invitation.findUnique({
    where: { digest: digestSecret(token) },
    select: { id: true, email: true, usedAt: true, expiresAt: true },
  });
  return row && !row.usedAt && row.expiresAt > now ? { id: row.id, email: row.email } : null;
}

/**
 * Uses the invitation `id` inside the transaction creating the account: of two sign-ups racing on
 * one link, exactly one marks it used; the other gets false and must roll back.
 */
export async function useInvitation(tx: Tx, id: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
