import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { createInvitation } from "./create-invitation";

const notFound = () => new DomainError("NOT_FOUND", "No such invitation, or it was already used or expired.");

/**
 * Mails a pending invitation again (admins only). Only the link's digest is stored, so the old link
 * cannot be sent twice: a new one is made and mailed, with a fresh lifetime, and the old one stops
 * working once the new mail is sent. If the mail cannot be sent, the old link stays as it was.
 */
export async function resendInvitation(
  actor: AnyActor,
  invitationId: unknown,
  request?: { ip?: string | null; userAgent?: string | null },
  now = new Date(),
) {
  if (typeof invitationId !== "string" || invitationId.length > 100) throw notFound();
  const db = getDb();
  await assertAdmin(db, actor);
  const old = await db.invitation.findFirst({
    where: { id: invitationId, usedAt: null, expiresAt: { gt: now } },
    select: { email: true },
  });
  if (!old) throw notFound();
  const sent = await createInvitation(actor, { email: old.email }, request);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.deleteMany({ where: { id: invitationId, usedAt: null } });
    if (count === 0) return; // used meanwhile: that account exists; the new link is refused for it
    await recordAuditEvent(tx, {
      actor,
      action: "invitation.withdrawn",
      target: { type: "invitation", id: invitationId },
      request,
      details: { replaced_by: sent.id },
    });
  });
  return sent;
}
