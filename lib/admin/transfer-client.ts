import "server-only";
import { z } from "zod";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { assertAdmin } from "@/lib/settings/assert-admin";
import { emailSchema } from "@/lib/users/schemas";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";

const transferSchema = z.object({ clientId: z.string().trim().min(1, { error: "Enter the client ID." }).max(200), email: emailSchema });

/**
 * Gives an app to another user (admins only): from now on only the new owner sees and manages it;
 * its client ID, secrets, tokens and consent stay as they are. Recorded with both owners.
 */
export async function transferClient(actor: AuditActor, input: unknown) {
  const { clientId, email } = parseOrThrow(transferSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, name: true, ownerId: true, owner: { select: { email: true } } } });
    if (!client) throw new DomainError("NOT_FOUND", "No such app.");
    const to = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!to) throw new DomainError("VALIDATION", "Check the highlighted fields.", { email: [`No account uses ${email}.`] });
    if (to.id === client.ownerId) throw new DomainError("VALIDATION", "Check the highlighted fields.", { email: [`${email} already owns this app.`] });
    await tx.client.update({ where: { id: client.id }, data: { ownerId: to.id } });
    await recordAuditEvent(tx, {
      actor, action: "app.transferred", target: { type: "app", id: client.id }, clientId: client.id, userId: to.id, details: { from: client.owner.email, to: to.email },
    });
    return { clientId: client.id, name: client.name, to: to.email };
  });
}
