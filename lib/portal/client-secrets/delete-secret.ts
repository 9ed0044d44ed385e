import { recordAppEvent, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";
import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { clientNotFound, parseClientId } from "@/lib/portal/clients/client-id";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { identifierSchema } from "@/lib/kernel/validation/identifier";

/**
 * Revokes one secret of the actor's client. Takes effect on the next token request in every
 * process: the token endpoint reads the client's secrets on each request.
 */
export async function deleteSecret(actor: Actor, clientIdInput: unknown, secretIdInput: unknown): Promise<void> {
  const clientId = parseClientId(clientIdInput);
  // A malformed secret id names no secret: the same answer as an unknown one, below.
  const secretId = identifierSchema.safeParse(secretIdInput).data;
  if (secretId) {
    const deleted = await getDb().$transaction(async (tx) => {
      const { count } = await tx.clientSecret.deleteMany({
        where: { id: secretId, clientId, client: { ownerId: actor.id } },
      });
      if (count) await recordRevoked(tx, actor, clientId, { secret_id: secretId });
      return count > 0;
    });
    if (deleted) return;
  }
  const owned = await getDb().client.count({ where: { id: clientId, ownerId: actor.id } });
  throw owned ? new DomainError("NOT_FOUND", "This app has no secret with that id.") : clientNotFound();
}

/** Revokes every secret of the actor's client. */
export async function deleteAllSecrets(actor: Actor, input: unknown): Promise<void> {
  const clientId = parseClientId(input);
  await getDb().$transaction(async (tx) => {
    const owned = await tx.client.count({ where: { id: clientId, ownerId: actor.id } });
    if (!owned) throw clientNotFound();
    const { count } = await tx.clientSecret.deleteMany({ where: { clientId } });
    if (count) await recordRevoked(tx, actor, clientId, { all: true, count });
  });
}

const recordRevoked = (tx: AuditWriter, actor: Actor, clientId: string, details: Record<string, unknown>) =>
  recordAppEvent(tx, actor, "secret.revoked", { clientId, userId: actor.id }, details);
