import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { endSessions } from "@/lib/accounts/lifecycle/end-sessions";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { removeAccount } from "@/lib/accounts/users/delete-account";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";

const userSchema = z.object({ email: emailSchema });
const deleteSchema = userSchema.extend({ confirmedAppIds: z.array(z.string().max(200)).max(1000).default([]) });

/** Ends every Ninka session of a user and the console sessions from them (admins only): each browser must sign in again. */
export async function signOutUserEverywhere(actor: AnyActor, input: unknown): Promise<number> {
  const { email } = parseOrThrow(userSchema, input);
  return getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new DomainError("NOT_FOUND", `No user with email ${email}.`);
    const ended = await endSessions(tx, user.id, { all: true });
    await recordAuditEvent(tx, {
      actor,
      action: "session.ended",
      target: { type: "user", id: user.id },
      userId: user.id,
      details: { sessions: ended, everywhere: true },
    });
    return ended;
  });
}

/**
 * Deletes a user and the apps they own (admins only), as self-deletion does: refused while they own
 * an app not among `confirmedAppIds` (the list the administrator was shown). Not oneself, and never
 * the last administrator (checked in removeAccount's transaction, lib/accounts/users/last-admin.ts).
 */
export async function deleteUserAsAdmin(actor: AnyActor, input: unknown) {
  const { email, confirmedAppIds } = parseOrThrow(deleteSchema, input);
  const db = getDb();
  await assertAdmin(db, actor);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) throw new DomainError("NOT_FOUND", `No user with email ${email}.`);
  if (!("kind" in actor) && actor.id === user.id)
    throw new DomainError("CONFLICT", "Delete your own account from your Account page.");
  return removeAccount(actor, user, confirmedAppIds);
}
