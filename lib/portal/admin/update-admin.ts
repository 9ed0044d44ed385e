import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { DomainError } from "@/lib/kernel/errors";
import { assertNotLastAdmin, assertNotSelf } from "@/lib/accounts/users/last-admin";
import { parseEmail } from "@/lib/accounts/users/schemas";

/**
 * Grants or revokes instance administration (`ninka admins add|remove`). The last enabled
 * administrator cannot be removed, so an instance always keeps someone who can reach /admin
 * (lib/accounts/users/last-admin.ts); a signed-in administrator cannot demote themselves.
 */
export async function updateAdmin(actor: AnyActor, input: { email: unknown; isAdmin: boolean }) {
  const email = parseEmail(input.email);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, isAdmin: true },
    });
    if (!user) throw new DomainError("NOT_FOUND", `no user with email ${email}`);
    if (user.isAdmin === input.isAdmin) return { id: user.id, email: user.email, changed: false };
    if (!input.isAdmin) {
      assertNotSelf(actor, user.id, "You cannot remove your own administrator role; another administrator can.");
      await assertNotLastAdmin(
        tx,
        user.id,
        `${user.email} is the last administrator and cannot be removed; add another first`,
      );
    }
    await tx.user.update({ where: { id: user.id }, data: { isAdmin: input.isAdmin } });
    await recordAuditEvent(tx, {
      actor,
      action: input.isAdmin ? "user.admin_granted" : "user.admin_revoked",
      target: { type: "user", id: user.id },
      userId: user.id,
    });
    return { id: user.id, email: user.email, changed: true };
  });
}
