import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { requireRecentSignIn } from "@/lib/accounts/sessions/step-up";
import { notifySecurityChange } from "@/lib/accounts/users/notify-security-change";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { z } from "zod";
import { passkeyNameSchema } from "./schemas";
import type { PasskeyView } from "./verify-registration";

const notFound = () => new DomainError("NOT_FOUND", "No such passkey");
const toView = (row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }): PasskeyView => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** `actor`'s passkeys, newest first. */
export async function listPasskeys(actor: Actor): Promise<PasskeyView[]> {
  const rows = await getDb().passkey.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" } });
  return rows.map(toView);
}

export async function renamePasskey(actor: Actor, id: unknown, input: unknown): Promise<PasskeyView> {
  const passkeyId = parseIdOrThrow(id, notFound);
  const { name } = parseOrThrow(z.object({ name: passkeyNameSchema }), input);
  const { count } = await getDb().passkey.updateMany({ where: { id: passkeyId, userId: actor.id }, data: { name } });
  if (!count) throw notFound();
  return toView(await getDb().passkey.findUniqueOrThrow({ where: { id: passkeyId } }));
}

/**
 * Removes one of `actor`'s passkeys, after a recent sign-in (step-up); records `passkey.removed`
 * in the same transaction and mails the owner.
 */
export async function deletePasskey(actor: Actor, id: unknown): Promise<void> {
  const passkeyId = parseIdOrThrow(id, notFound);
  await requireRecentSignIn(actor);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.passkey.deleteMany({ where: { id: passkeyId, userId: actor.id } });
    if (!count) throw notFound();
    await recordAuditEvent(tx, {
      actor,
      action: "passkey.removed",
      target: { type: "user", id: actor.id },
      userId: actor.id,
      details: { passkey: passkeyId },
    });
  });
  await notifySecurityChange(actor.email, "passkeyRemoved");
}
