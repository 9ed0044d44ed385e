import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { assertApiScopesExist } from "./check-api-scopes";
import { clientNotFound, parseClientId } from "./client-id";
import { clientInputSchema, type ClientView } from "./schemas";
import { toClientColumns, toClientView } from "./to-client-view";

/**
 * Replaces the actor's client's settings (PUT semantics: omitted optional fields are cleared).
 * client_id and secrets never change here, and neither does the application type: a public
 * client cannot become confidential or back (register a new client instead).
 */
export async function updateClient(actor: Actor, clientIdInput: unknown, input: unknown): Promise<ClientView> {
  const clientId = parseClientId(clientIdInput);
  const data = parseOrThrow(clientInputSchema, input);
  await assertApiScopesExist(actor, data.scope);
  const db = getDb();
  const existing = await db.client.findFirst({ where: { id: clientId, ownerId: actor.id }, select: { applicationType: true } });
  if (!existing) throw clientNotFound();
  if (existing.applicationType !== data.application_type) {
    throw new DomainError("VALIDATION", "The application type of a client cannot be changed.", {
      application_type: [`cannot be changed (this client is ${existing.applicationType}); register a new client instead`],
    });
  }
  const { count } = await db.client.updateMany({ where: { id: clientId, ownerId: actor.id }, data: { ...toClientColumns(data), updatedAt: new Date() } });
  if (!count) throw clientNotFound();
  return toClientView(await db.client.findUniqueOrThrow({ where: { id: clientId } }));
}
