import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { parseClientId } from "@/lib/portal/clients/client-id";
import { findClientFor } from "@/lib/portal/clients/find-client-for";
import { getDb } from "@/lib/kernel/db/client";
import type { SecretList } from "./schemas";

/** Metadata of the secrets of the actor's (or their team's) client, newest first. Never a secret. */
export async function listSecrets(actor: Actor, input: unknown): Promise<SecretList> {
  const clientId = parseClientId(input);
  // A team's viewers see no secrets, not even their hints (ARCHITECTURE.md "Teams").
  await findClientFor(getDb(), actor, clientId, "secrets.manage");
  const secrets = await getDb().clientSecret.findMany({ where: { clientId }, orderBy: { createdAt: "desc" } });
  return {
    client_id: clientId,
    secrets: secrets.map((s) => ({
      id: s.id,
      hint: s.hint,
      created_at: s.createdAt.toISOString(),
      expires_at: s.expiresAt?.toISOString() ?? null,
      last_used_at: s.lastUsedAt?.toISOString() ?? null,
    })),
  };
}
