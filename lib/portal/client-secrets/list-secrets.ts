import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { clientNotFound, parseClientId } from "@/lib/portal/clients/client-id";
import { getDb } from "@/lib/kernel/db/client";
import type { SecretList } from "./schemas";

/** Metadata of the actor's client's secrets, newest first. Never a secret. */
export async function listSecrets(actor: Actor, input: unknown): Promise<SecretList> {
  const clientId = parseClientId(input);
  const client = await getDb().client.findFirst({
    where: { id: clientId, ownerId: actor.id },
    select: { secrets: { orderBy: { createdAt: "desc" } } },
  });
  if (!client) throw clientNotFound();
  return {
    client_id: clientId,
    secrets: client.secrets.map((s) => ({
      id: s.id,
      hint: s.hint,
      created_at: s.createdAt.toISOString(),
      expires_at: s.expiresAt?.toISOString() ?? null,
      last_used_at: s.lastUsedAt?.toISOString() ?? null,
    })),
  };
}
