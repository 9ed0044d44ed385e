import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { endEverythingOf } from "@/lib/accounts/lifecycle/end-everything-of";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { DomainError } from "@/lib/kernel/errors";
import { assertNotLastAdmin, assertNotSelf } from "@/lib/accounts/users/last-admin";
import { parseEmail } from "@/lib/accounts/users/schemas";

/**
 * Disables or enables an account. A disabled account gets nothing from any path: it cannot finish
 * a sign-in (even one already past the password), findAccount refuses it at every token exchange,
 * refresh and userinfo, and lib/accounts/lifecycle ends everything it holds in the same transaction. The
 * apps it owns keep working: their users are not punished (ARCHITECTURE.md "What ends when"). Never
 * oneself from the console, and never the last administrator (lib/accounts/users/last-admin.ts).
 */
export async function updateUserStatus(actor: AnyActor, input: { email: unknown; disabled: boolean }) {
  const email = parseEmail(input.email);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, disabledAt: true },
    });
    if (!user) throw new DomainError("NOT_FOUND", `no user with email ${email}`);
    if (Boolean(user.disabledAt) === input.disabled) return { id: user.id, email: user.email, changed: false };
    if (input.disabled) {
      assertNotSelf(actor, user.id, "You cannot disable your own account; another administrator can.");
      await assertNotLastAdmin(
        tx,
        user.id,
        `${user.email} is the last administrator and cannot be disabled; make someone else an administrator first.`,
      );
    }
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? new Date() : null } });
    if (input.disabled) await endEverythingOf(tx, user.id);
    await recordAuditEvent(tx, {
      actor,
      action: input.disabled ? "user.disabled" : "user.enabled",
      target: { type: "user", id: user.id },
      userId: user.id,
    });
    return { id: user.id, email: user.email, changed: true };
  });
}
