import "server-only";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { consumeEmailLink } from "./email-links";
import { notifySecurityChange } from "./notify-security-change";

/**
 * Uses a verification link: the account's address counts as verified from now on (ID tokens and
 * userinfo say email_verified: true; consent may name the address's domain). A used, expired or
 * unknown link is NOT_FOUND; so is one for an address the account no longer has.
 */
export async function verifyEmail(token: unknown): Promise<{ email: string }> {
  const outcome = await getDb().$transaction(async (tx) => {
    const change = await consumeEmailLink(tx, "change", token);
    if (change) return applyEmailChange(tx, change);
    const link = await consumeEmailLink(tx, "verify", token);
    const user =
      link && (await tx.user.findUnique({ where: { id: link.userId }, select: { id: true, email: true, name: true } }));
    if (!link || !user || user.email !== link.email) {
      throw new DomainError("NOT_FOUND", "This link has expired or was already used. Sign in to ask for a new one.");
    }
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "email.verified",
      target: { type: "user", id: user.id },
      userId: user.id,
    });
    return { email: user.email, previous: null };
  });
  // The address the account left hears of it, after the move committed.
  if (outcome.previous) await notifySecurityChange(outcome.previous, "emailChanged");
  return { email: outcome.email };
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/**
 * A link mailed to a new address (lib/accounts/users/request-email-change.ts) was opened: the account moves
 * to it, verified. If another account took the address meanwhile, nothing changes (CONFLICT).
 */
async function applyEmailChange(
  tx: Tx,
  link: { userId: string; email: string },
): Promise<{ email: string; previous: string }> {
  const user = await tx.user.findUnique({ where: { id: link.userId }, select: { id: true, email: true, name: true } });
  if (!user)
    throw new DomainError("NOT_FOUND", "This link has expired or was already used. Sign in to ask for a new one.");
  if (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } })) {
    throw new DomainError("CONFLICT", "Another account uses this address now, so your address was not changed.");
  }
  await tx.user.update({ where: { id: user.id }, data: { email: link.email, emailVerifiedAt: new Date() } });
  await recordAuditEvent(tx, {
    actor: user,
    action: "email.changed",
    target: { type: "user", id: user.id },
    userId: user.id,
    details: { from: user.email, to: link.email },
  });
  return { email: link.email, previous: user.email };
}
