import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownerFeeds } from "@/lib/kernel/actors/owner-scope";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { findApiClients } from "./find-api-clients";
import { approveScopesSchema, type ApiClient } from "./schemas";

const notAsking = () => new DomainError("NOT_FOUND", "No app with this client_id asked for this API's scopes.");

/**
 * The API owner (a team admin, for a team's API) approves `scopes` for an app's client_credentials tokens (Auth0's model), replacing
 * its earlier approval; the others are no longer approved. Only scopes the app asked for.
 */
export async function updateApiClient(
  actor: Actor,
  apiId: unknown,
  clientId: unknown,
  input: unknown,
): Promise<ApiClient> {
  const { scopes } = parseOrThrow(approveScopesSchema, input);
  const { api, clients } = await findApiClients(actor, apiId, "api-access.approve");
  const client = clients.find((c) => c.client_id === clientId);
  if (!client) throw notAsking();
  const problems = [...new Set(scopes)].flatMap((scope) =>
    !api.scopes.includes(scope)
      ? [`${scope} is not a scope of ${api.name}`]
      : !client.requested_scopes.includes(scope)
        ? [`${scope} was not requested by this app`]
        : [],
  );
  if (problems.length) throw DomainError.field("scopes", ...problems);
  const approved = api.scopes.filter((scope) => scopes.includes(scope));
  await getDb().$transaction(async (tx) => {
    await tx.apiClientApproval.deleteMany({
      where: { clientId: client.client_id, scope: { in: api.scopes.filter((s) => !approved.includes(s)) } },
    });
    for (const scope of approved) {
      await tx.apiClientApproval.upsert({
        where: { clientId_scope: { clientId: client.client_id, scope } },
        create: { clientId: client.client_id, scope },
        update: {},
      });
    }
    await recordAuditEvent(tx, {
      actor,
      action: "api.approval_changed",
      target: { type: "api", id: api.id },
      clientId: client.client_id,
      ...ownerFeeds(api),
      details: { approved_scopes: approved },
    });
  });
  return { ...client, approved_scopes: approved };
}
