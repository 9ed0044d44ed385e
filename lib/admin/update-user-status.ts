import "server-only";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { assertAdmin } from "@/lib/settings/assert-admin";
import { DomainError } from "@/lib/errors";
import { emailSchema } from "@/lib/users/schemas";

/**
 * Disables or enables an account. A disabled user cannot sign in, their console sessions end (the
 * session check reads `disabledAt`), and their grants, tokens and provider sessions are deleted in
 * the same transaction. The apps they own keep working: their users are not punished.
 */
export async function updateUserStatus(actor: AuditActor, input: { email: unknown; disabled: boolean }) {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) throw new DomainError("VALIDATION", "Check the email address.", { email: [parsed.error.issues[0]!.message] });
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const user = await tx.user.findUnique({ where: { email: parsed.data }, select: { id: true, email: true, disabledAt: true } });
    if (!user) throw new DomainError("NOT_FOUND", `no user with email ${parsed.data}`);
    if (Boolean(user.disabledAt) === input.disabled) return { id: user.id, email: user.email, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? new Date() : null } });
    if (input.disabled) {
      // Provider rows of the account: sessions, grants and every token issued for them.
      const grants = await tx.oidcPayload.findMany({ where: { model: "Grant", accountId: user.id }, select: { id: true } });
      await tx.oidcPayload.deleteMany({
        where: { OR: [{ accountId: user.id }, { grantId: { in: grants.map((g) => g.id) } }] },
      });
      await tx.personalAccessToken.deleteMany({ where: { userId: user.id } });
    }
    await recordAuditEvent(tx, {
      actor,
      action: input.disabled ? "user.disabled" : "user.enabled",
      target: { type: "user", id: user.id },
      userId: user.id,
    });
    return { id: user.id, email: user.email, changed: true };
  });
}
