import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { endSessions } from "@/lib/accounts/lifecycle/end-sessions";
import { LINKS_ENDED_BY_PASSWORD, revokeEmailLinks } from "@/lib/accounts/lifecycle/revoke-account-credentials";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { consumeEmailLink, isEmailLinkUsable } from "./email-links";
import { hashPassword } from "./password";
import { assertPasswordNotEmail, passwordSchema } from "./schemas";

const resetPasswordSchema = z.object({ token: z.string().max(200), password: passwordSchema });

const linkGone = () =>
  new DomainError("NOT_FOUND", "This reset link has expired or was already used. Ask for a new one.");

/**
 * Sets a new password through a mailed reset link (single use). Every Ninka session of the account
 * ends, with the console sessions that came from them, and so does every other outstanding reset
 * or email-change link (ARCHITECTURE.md "What ends when").
 */
export async function resetPassword(input: unknown): Promise<{ email: string }> {
  const { token, password } = parseOrThrow(resetPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const link = await consumeEmailLink(tx, "reset", token);
    const user =
      link && (await tx.user.findUnique({ where: { id: link.userId }, select: { id: true, email: true, name: true } }));
    if (!link || !user || user.email !== link.email) throw linkGone();
    assertPasswordNotEmail(password, user.email, "password");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    const sessionsEnded = await endSessions(tx, user.id, { all: true });
    await revokeEmailLinks(tx, user.id, LINKS_ENDED_BY_PASSWORD);
    await recordAuditEvent(tx, {
      actor: user,
      action: "password.reset",
      target: { type: "user", id: user.id },
      userId: user.id,
      details: { sessionsEnded },
    });
    return { email: user.email };
  });
}

/** Whether a reset link still works, for its page to say at once when it does not (nothing is used). */
export async function isResetLinkUsable(token: unknown): Promise<boolean> {
  return isEmailLinkUsable(getDb(), "reset", token);
}
