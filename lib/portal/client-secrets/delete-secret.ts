import { recordAppEvent, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";
import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { parseClientId } from "@/lib/portal/clients/client-id";
import { findClientFor } from "@/lib/portal/clients/find-client-for";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { identifierSchema } from "@/lib/kernel/validation/identifier";

/**
 * Revokes one secret of the actor's (or their team's) client. Takes effect on the next token request in every
 * process: the token endpoint reads the client's secrets on each request.
 */
export async function deleteSecret(actor: Actor, clientIdInput: unknown, secretIdInput: unknown): Promise<void> {
  const clientId = parseClientId(clientIdInput);
  // A malformed secret id names no secret: the same answer as an unknown one, below.
  const secretId = identifierSchema.safeParse(secretIdInput).data;
  await getDb().$transaction(async (tx) => {
    const client = await findClientFor(tx, actor, clientId, "secrets.manage");
    const { count } = secretId ? await tx.clientSecret.deleteMany({ where: { id: secretId, clientId } }) : { count: 0 };
    if (!count) throw new DomainError("NOT_FOUND", "This app has no secret with that id.");
    await recordRevoked(tx, actor, client, { secret_id: secretId });
  });
}

/** Revokes every secret of the actor's (or their team's) client. */
export async function deleteAllSecrets(actor: Actor, input: unknown): Promise<void> {
  const clientId = parseClientId(input);
  await getDb().$transaction(async (tx) => {
    const client = await findClientFor(tx, actor, clientId, "secrets.manage");
    const { count } = await tx.clientSecret.deleteMany({ where: { clientId } });
    if (count) await recordRevoked(tx, actor, client, { all: true, count });
  });
}

type Owned = { id: string; ownerId: string | null; teamId: string | null };
const recordRevoked = (tx: AuditWriter, actor: Actor, client: Owned, details: Record<string, unknown>) =>
  recordAppEvent(tx, actor, "secret.revoked", { clientId: client.id, ...ownerFeeds(client) }, details);
