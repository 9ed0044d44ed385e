import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { LoginThrottledError } from "./authenticate-user";
import { minutesToWait, throttled } from "./login-throttle";
import { verifyPassword } from "./password";
import { deleteAccountSchema } from "./schemas";

const fieldError = (field: string, message: string) => new DomainError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });

export type DeletedAccount = { appsDeleted: number };

/** The apps an account would take with it: listed for the person to confirm before deleting. */
export async function listAppsDeletedWithAccount(actor: Actor): Promise<{ id: string; name: string }[]> {
  return getDb().client.findMany({ where: { ownerId: actor.id }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * Deletes the actor's account, after the password (checked under the sign-in throttle, like a
 * password change). Goes with it: every Ninka session, grant, code and token issued to the account,
 * its personal access tokens, APIs, and the apps it owns with everything issued to them — those
 * apps only when every one of them is among `confirmedAppIds` (the list the person was shown).
 */
export async function deleteAccount(
  actor: Actor,
  input: unknown,
  context: { ip?: string | null; /** The second step, when enrolled (lib/two-step, above this domain). */ secondStep?: (userId: string) => Promise<void> } = {},
): Promise<DeletedAccount> {
  const { password, confirmedAppIds } = parseOrThrow(deleteAccountSchema, input);
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new DomainError("NOT_FOUND", "This account no longer exists.");
  const outcome = await throttled(user.email, context.ip ?? null, () => verifyPassword(password, user.passwordHash));
  if ("retryAfterMs" in outcome) throw new LoginThrottledError(minutesToWait(outcome.retryAfterMs));
  if (!outcome.ok) throw fieldError("password", "That is not your password.");
  await context.secondStep?.(user.id);

  const result = await removeAccount(actor, user, confirmedAppIds, context);
  return result;
}

/**
 * The deletion itself, for the account page (after the password) and the operator CLI (after its
 * --yes): refused while the account owns an app not among `confirmedAppIds`.
 */
export async function removeAccount(
  actor: AuditActor,
  user: { id: string; email: string },
  confirmedAppIds: readonly string[],
  context: { ip?: string | null } = {},
): Promise<DeletedAccount> {
  return getDb().$transaction(async (tx) => {
    const apps = await tx.client.findMany({ where: { ownerId: user.id }, select: { id: true } });
    const confirmed = new Set(confirmedAppIds);
    if (apps.some((app) => !confirmed.has(app.id))) {
      throw fieldError("confirmedAppIds", "You own apps that were not listed when you started. Review the list and confirm again.");
    }
    const appIds = apps.map((app) => app.id);
    // Adapter rows carry no foreign keys: the account's own (sessions, grants, codes, tokens) and
    // everything issued to its apps go explicitly; the rest cascades from the user row.
    await tx.oidcPayload.deleteMany({ where: { OR: [{ accountId: user.id }, { clientId: { in: appIds } }] } });
    await tx.user.delete({ where: { id: user.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.deleted",
      target: { type: "user", id: user.id },
      userId: user.id,
      request: { ip: context.ip ?? null },
      details: { appsDeleted: appIds.length },
    });
    return { appsDeleted: appIds.length };
  });
}
