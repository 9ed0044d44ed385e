import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { endSessions } from "@/lib/accounts/lifecycle/end-sessions";
import {
  LINKS_ENDED_BY_PASSWORD,
  revokeEmailLinks,
  revokePersonalAccessTokens,
} from "@/lib/accounts/lifecycle/revoke-account-credentials";
import { revokeGrants } from "@/lib/accounts/lifecycle/revoke-grants";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { LoginThrottledError } from "./authenticate-user";
import { minutesToWait, throttled } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { assertPasswordNotEmail, changePasswordSchema } from "./schemas";

export type PasswordChangeOutcome = {
  passwordChangedAt: Date;
  sessionsEnded: number;
  appsDisconnected: number;
  tokensRevoked: number;
};

/**
 * Changes a password, given the current one, whose check shares the sign-in throttle of the
 * account (guesses here count as failed sign-ins; login-throttle.ts). Ends the user's Ninka
 * sessions, and the console sessions that came from them, everywhere but the browser making the
 * change, and every outstanding reset and email-change link (ARCHITECTURE.md "What ends when").
 * On request also ends every connected app's access (grants with their tokens) and revokes every
 * personal access token — a stolen password may have been used to create them — and says how many.
 */
export async function changePassword(
  actor: Actor,
  input: unknown,
  context: { ip?: string | null } = {},
): Promise<PasswordChangeOutcome> {
  const userId = actor.id;
  const { currentPassword, newPassword, endAppAccess, revokeTokens } = parseOrThrow(changePasswordSchema, input);
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new DomainError("NOT_FOUND", "This account no longer exists.");
  const outcome = await throttled(user.email, context.ip ?? null, () =>
    verifyPassword(currentPassword, user.passwordHash),
  );
  if ("retryAfterMs" in outcome) throw new LoginThrottledError(minutesToWait(outcome.retryAfterMs));
  if (!outcome.ok) throw DomainError.field("currentPassword", "That is not your current password.");
  assertPasswordNotEmail(newPassword, user.email, "newPassword");
  if (newPassword === currentPassword)
    throw DomainError.field("newPassword", "Choose a password different from your current one.");

  const passwordChangedAt = new Date();
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt } });
    const sessionsEnded = await endSessions(tx, userId, actor.session ? { allBut: actor.session.uid } : { all: true });
    await revokeEmailLinks(tx, userId, LINKS_ENDED_BY_PASSWORD);
    const appsDisconnected = endAppAccess ? (await revokeGrants(tx, userId)).length : 0;
    const tokensRevoked = revokeTokens ? await revokePersonalAccessTokens(tx, userId, passwordChangedAt) : 0;
    await recordAuditEvent(tx, {
      actor,
      action: "password.changed",
      target: { type: "user", id: userId },
      userId,
      request: { ip: context.ip ?? null },
      details: { sessionsEnded, appsDisconnected, tokensRevoked },
    });
    return { passwordChangedAt, sessionsEnded, appsDisconnected, tokensRevoked };
  });
}
