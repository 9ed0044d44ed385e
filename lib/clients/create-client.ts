import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/actors/actor";
import { generateClientSecret } from "@/lib/crypto/prefixed-secret";
import { getDb } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { assertApiScopesExist } from "./check-api-scopes";
import { isConfidential } from "./application-types";
import { clientInputSchema, type ClientView } from "./schemas";
import { toClientColumns, toClientView } from "./to-client-view";

export type CreatedClient = { client: ClientView; client_secret?: string };

/**
 * Registers a client owned by the actor. Confidential clients get their first secret here, in the
 * same transaction; its plaintext is returned once and never stored.
 */
export async function createClient(actor: Actor, input: unknown): Promise<CreatedClient> {
  const data = parseOrThrow(clientInputSchema, input);
  await assertApiScopesExist(actor, data.scope);
  const secret = isConfidential(data.application_type) ? generateClientSecret() : null;
  const row = await getDb().client.create({
    data: {
      id: randomBytes(12).toString("hex"),
      ownerId: actor.id,
      ...toClientColumns(data),
      secrets: secret ? { create: { id: randomUUID(), digest: secret.digest, hint: secret.hint } } : undefined,
    },
  });
  return { client: toClientView(row), ...(secret && { client_secret: secret.secret }) };
}
