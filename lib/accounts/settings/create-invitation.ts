import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { sendInstanceMail } from "./send-instance-mail";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { invitationUrl, newInvitationToken } from "./invitations";
import { expiresAfter, LIFETIMES } from "@/lib/kernel/time/lifetimes";
import { durationWords } from "@/lib/kernel/time/durations";

// The same normalisation as account emails (lib/accounts/users/schemas.ts), which sits above this domain.
const invitationSchema = z.object({
  email: z
    .string({ error: "Enter an email address." })
    .trim()
    .toLowerCase()
    .pipe(
      z
        .email({ error: "Enter a valid email address, like name@example.com." })
        .max(254, { error: "That email address is too long." }),
    ),
});

/**
 * An administrator invites `email` to create an account, whatever the sign-up policy: a single-use
 * link, mailed. If the mail cannot be sent the invitation is removed again and MAIL_UNAVAILABLE
 * tells the administrator, who can retry.
 */
export async function createInvitation(
  actor: AnyActor,
  input: unknown,
  request?: { ip?: string | null; userAgent?: string | null },
) {
  const { email } = parseOrThrow(invitationSchema, input);
  const db = getDb();
  const { secret, digest } = newInvitationToken();
  const id = randomUUID();
  const expiresAt = expiresAfter(LIFETIMES.invitation);
  const invitedBy = "kind" in actor ? null : actor.id;
  await db.$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    await tx.invitation.create({ data: { id, email, digest, invitedById: invitedBy, expiresAt } });
    await recordAuditEvent(tx, {
      actor,
      action: "invitation.created",
      target: { type: "invitation", id },
      request,
      details: { email },
    });
  });
  const { NINKA_URL } = getConfig();
  try {
    await sendInstanceMail((instance) => ({
      to: email,
      subject: `You are invited to ${instance}`,
      intro: `${"kind" in actor ? "An administrator" : actor.name} invited you to create an account on ${instance}. The link works once, for ${durationWords(LIFETIMES.invitation)}.`,
      action: { label: "Create your account", url: invitationUrl(NINKA_URL, secret) },
    }));
  } catch (error) {
    await db.invitation.delete({ where: { id } });
    throw error;
  }
  return { id, email, expiresAt };
}
