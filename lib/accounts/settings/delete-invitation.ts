import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";

/** Withdraws a pending invitation: its link stops working at once (admins only). */
export async function deleteInvitation(actor: AnyActor, invitationId: unknown) {
  if (typeof invitationId !== "string" || invitationId.length > 100)
    throw new DomainError("NOT_FOUND", "No such invitation.");
  await getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const { count } = await tx.invitation.deleteMany({ where: { id: invitationId, usedAt: null } });
    if (count === 0) throw new DomainError("NOT_FOUND", "No such invitation, or it was already used.");
    await recordAuditEvent(tx, {
      actor,
      action: "invitation.withdrawn",
      target: { type: "invitation", id: invitationId },
    });
  });
}
