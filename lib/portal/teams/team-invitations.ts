import "server-only";
import { digestSecret, isWellFormedSecret, SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

// A team invitation is a single-use mailed link to the console's join page, of which only the
// SHA-256 digest is stored (ARCHITECTURE.md "Teams"); it shares the mailed links' prefix.
const JOIN_PATH = "/console/teams/join";

/** At most this many invitations wait on one team at a time: each is a mail to someone. */
export const MAX_PENDING_TEAM_INVITATIONS = 100;

export const teamInvitationUrl = (baseUrl: string, token: string) =>
  `${baseUrl}${JOIN_PATH}?${new URLSearchParams({ token })}`;

export const invitationNotFound = () =>
  new DomainError(
    "NOT_FOUND",
    "This invitation link is not valid: it was used, revoked or replaced by a newer one. Ask the team for a new one.",
  );

/** The invitation a link's token opens, expired or not (reading does not use it), or NOT_FOUND. */
export async function findInvitationByToken(tx: Pick<Db, "teamInvitation">, token: unknown) {
  if (typeof token !== "string" || !isWellFormedSecret(SECRET_PREFIXES.emailLink, token)) throw invitationNotFound();
  const row = await tx.teamInvitation.findUnique({
    where: { digest: digestSecret(token) },
    include: { team: { select: { id: true, name: true, slug: true, logoUri: true } } },
  });
  if (!row) throw invitationNotFound();
  return row;
}
