import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { parseApiId } from "@/lib/portal/apis/api-id";
import { findApiFor } from "@/lib/portal/apis/find-api-for";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import { findClientsHoldingScopes } from "@/lib/portal/apis/clients-holding-scopes";
import { publisherName } from "@/lib/portal/clients/publisher-name";
import { getDb } from "@/lib/kernel/db/client";
import type { ApiClient } from "./schemas";

/** An app as the API's owner sees it. */
export type AppRef = { client_id: string; client_name: string; developer: string };
/** Per scope of an API, the apps that registered it (what removing the scope takes away). */
export type ScopeHolders = Record<string, AppRef[]>;

const CLIENT_CREDENTIALS = "client_credentials";

type Publishing = {
  id: string;
  name: string;
  owner: { name: string; email: string; emailVerifiedAt: Date | null } | null;
  team?: { name: string } | null;
};

/**
 * The actor's or their team's API (NotFound for anyone else's; `action` as their role allows,
 * ARCHITECTURE.md "Teams") with its scopes; the apps that asked for them with
 * client_credentials (registered them) or that the owner approved, by name; and, per scope, every
 * app holding it (what removing the scope or the API affects). Reads other developers' apps:
 * only their name, id, developer and these scopes.
 */
export async function findApiClients(actor: Actor, apiIdInput: unknown, action: TeamAction = "apps.read") {
  const db = getDb();
  const api = await findApiFor(db, actor, parseApiId(apiIdInput), action);
  const values = api.scopes.map((scope) => scope.value);
  const [holders, approvals] = await Promise.all([
    findClientsHoldingScopes(db, values),
    db.apiClientApproval.findMany({
      where: { apiScope: { apiId: api.id } },
      select: {
        scope: true,
        client: {
          select: {
            id: true,
            name: true,
            owner: { select: { name: true, email: true, emailVerifiedAt: true } },
            team: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  const clients = new Map<string, ApiClient>();
  const ref = (client: Publishing): AppRef => ({
    client_id: client.id,
    client_name: client.name,
    developer: publisherName(client.owner, client.team),
  });
  const entry = (client: Publishing) => {
    const found = clients.get(client.id) ?? { ...ref(client), requested_scopes: [], approved_scopes: [] };
    clients.set(client.id, found);
    return found;
  };
  for (const holder of holders) {
    if ((holder.grantTypes as string[]).includes(CLIENT_CREDENTIALS))
      entry(holder).requested_scopes.push(...holder.held);
  }
  for (const approval of approvals) entry(approval.client).approved_scopes.push(approval.scope);
  const order = (scopes: string[]) => values.filter((value) => scopes.includes(value));
  const list = [...clients.values()].map((c) => ({
    ...c,
    requested_scopes: order(c.requested_scopes),
    approved_scopes: order(c.approved_scopes),
  }));
  const holding: ScopeHolders = Object.fromEntries(
    values.map((value) => [value, holders.filter((h) => h.held.includes(value)).map(ref)]),
  );
  return {
    api: { id: api.id, name: api.name, scopes: values, ownerId: api.ownerId, teamId: api.teamId },
    clients: list.sort((a, b) => a.client_name.localeCompare(b.client_name)),
    holding,
  };
}
