import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { consumeEmailLink } from "./email-links";

/**
 * Uses a verification link: the account's address counts as verified from now on (ID tokens and
 * userinfo say email_verified: true; consent may name the address's domain). A used, expired or
 * unknown link is NOT_FOUND; so is one for an address the account no longer has.
 */
export async function verifyEmail(token: unknown): Promise<{ email: string }> {
  return getDb().$transaction(async (tx) => {
    const link = await consumeEmailLink(tx, "verify", token);
    const user = link && (await tx.user.findUnique({ where: { id: link.userId }, select: { id: true, email: true, name: true } }));
    if (!link || !user || user.email !== link.email) {
      throw new DomainError("NOT_FOUND", "This link has expired or was already used. Sign in to ask for a new one.");
    }
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await recordAuditEvent(tx, { actor: user, action: "email.verified", target: { type: "user", id: user.id }, userId: user.id });
    return { email: user.email };
  });
}
