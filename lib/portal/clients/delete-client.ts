import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { revokeClientTokens } from "@/lib/accounts/lifecycle/revoke-client-tokens";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { clientNotFound, parseClientId } from "./client-id";
import { findClientFor } from "./find-client-for";

/**
 * Deletes the actor's (or, for a team admin, the team's) client with its secrets, and ends everything issued to it: grants, codes,
 * access and refresh tokens (every adapter row carrying its client id). Its credentials then fail
 * with invalid_client because the client no longer exists.
 */
export async function deleteClient(actor: Actor, input: unknown): Promise<void> {
  const clientId = parseClientId(input);
  await getDb().$transaction(async (tx) => {
    const client = await findClientFor(tx, actor, clientId, "apps.delete");
    const { count } = await tx.client.deleteMany({ where: { id: clientId } });
    if (!count) throw clientNotFound();
    await revokeClientTokens(tx, clientId);
    await recordAppEvent(tx, actor, "app.deleted", { clientId, ...ownerFeeds(client) }, { name: client.name });
  });
}
