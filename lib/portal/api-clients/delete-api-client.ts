import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { findApiClients } from "./find-api-clients";
import { notAsking } from "./update-api-client";

/** The API owner removes an app's machine-to-machine access: every approval it had for the API. */
export async function deleteApiClient(actor: Actor, apiId: unknown, clientId: unknown): Promise<void> {
  const { api, clients } = await findApiClients(actor, apiId);
  const client = clients.find((c) => c.client_id === clientId);
  if (!client) throw notAsking();
  await getDb().$transaction(async (tx) => {
    await tx.apiClientApproval.deleteMany({ where: { clientId: client.client_id, scope: { in: api.scopes } } });
    await recordAuditEvent(tx, {
      actor,
      action: "api.approval_changed",
      target: { type: "api", id: api.id },
      clientId: client.client_id,
      userId: actor.id,
      details: { approved_scopes: [] },
    });
  });
}
