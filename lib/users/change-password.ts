import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { hashPassword, verifyPassword } from "./password";
import { changePasswordSchema } from "./schemas";

const fieldError = (field: string, message: string) => new DomainError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });

/**
 * Changes a password, given the current one. Ends the user's Ninka sessions everywhere, and by
 * moving passwordChangedAt ends their console sessions in other browsers (getSessionActor); the
 * caller re-issues the console session of the browser that made the change.
 */
export async function changePassword(actor: Actor, input: unknown): Promise<{ passwordChangedAt: Date }> {
  const userId = actor.id;
  const { currentPassword, newPassword } = parseOrThrow(changePasswordSchema, input);
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new DomainError("NOT_FOUND", "This account no longer exists.");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) throw fieldError("currentPassword", "That is not your current password.");
  if (newPassword.toLowerCase() === user.email) throw fieldError("newPassword", "Your password must not be your email address.");
  if (newPassword === currentPassword) throw fieldError("newPassword", "Choose a password different from your current one.");

  const passwordChangedAt = new Date();
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword), passwordChangedAt } });
  await deleteAccountSessions(userId);
  return { passwordChangedAt };
}
