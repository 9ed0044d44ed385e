import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

/** The address the actor asked to move to, while its link is unused and unexpired; else null. */
export async function getPendingEmailChange(actor: Actor): Promise<{ email: string; expiresAt: Date } | null> {
  const link = await getDb().emailToken.findFirst({
    where: { userId: actor.id, purpose: "change", usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { email: true, expiresAt: true },
  });
  return link;
}

/** Withdraws every pending address change of the actor: the links mailed for them stop working. */
export async function deleteEmailChange(actor: Actor): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.emailToken.deleteMany({ where: { userId: actor.id, purpose: "change", usedAt: null } });
    if (!count) throw new DomainError("NOT_FOUND", "There is no address change to cancel.");
    await recordAuditEvent(tx, {
      actor,
      action: "email.change_cancelled",
      target: { type: "user", id: actor.id },
      userId: actor.id,
    });
  });
}
