import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";

// An account's linked upstream identities, as /account/security lists them (ARCHITECTURE.md
// "Federation"). Unlinking ends nothing else (no session, grant or token), and is refused while
// the identity is the account's only way in: no password, no passkey, no other identity.
export type LinkedIdentityView = {
  id: string;
  connectionId: string;
  connectionName: string;
  email: string | null;
  createdAt: string;
  lastUsedAt: string | null;
};

const notFound = () => new DomainError("NOT_FOUND", "No such linked identity.");

export async function listLinkedIdentities(actor: Actor): Promise<LinkedIdentityView[]> {
  const rows = await getDb().federatedIdentity.findMany({
    where: { userId: actor.id },
    select: {
      id: true,
      email: true,
      createdAt: true,
      lastUsedAt: true,
      connection: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    connectionId: row.connection.id,
    connectionName: row.connection.name,
    email: row.email,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  }));
}

export async function unlinkIdentity(actor: Actor, id: unknown): Promise<void> {
  const identityId = parseIdOrThrow(id, notFound);
  await getDb().$transaction(async (tx) => {
    // One unlink at a time per account, so two at once cannot leave it with no way in.
    await lockUser(tx, actor.id);
    const identity = await tx.federatedIdentity.findFirst({
      where: { id: identityId, userId: actor.id },
      select: { connection: { select: { name: true } } },
    });
    if (!identity) throw notFound();
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { passwordHash: true, _count: { select: { passkeys: true, federatedIdentities: true } } },
    });
    const otherWays = (user.passwordHash ? 1 : 0) + user._count.passkeys + user._count.federatedIdentities - 1;
    if (otherWays === 0) {
      throw new DomainError(
        "CONFLICT",
        `${identity.connection.name} is the only way to sign in to this account. Set a password (Forgot password? on the sign-in page) or add a passkey first.`,
      );
    }
    await tx.federatedIdentity.delete({ where: { id: identityId } });
    await recordAuditEvent(tx, {
      actor,
      action: "identity.unlinked",
      target: { type: "user", id: actor.id },
      userId: actor.id,
      details: { connection: identity.connection.name },
    });
  });
}
