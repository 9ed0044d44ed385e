import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { findApiScopes } from "@/lib/portal/apis/scope-groups";
import { clientNotFound, parseClientId } from "@/lib/portal/clients/client-id";
import { ownedByActor } from "@/lib/kernel/actors/owner-scope";
import { publisherName } from "@/lib/portal/clients/publisher-name";
import { getDb } from "@/lib/kernel/db/client";

/**
 * One API an app asked for with client_credentials, and which of its scopes the API's owner
 * approved; `yours`: the actor owns the API too, and approves on its page (/console/apis/[id]).
 */
export type ClientApiAccess = {
  api: { id: string; name: string; identifier: string; developer: string; yours: boolean };
  scopes: { value: string; description: string; approved: boolean }[];
};

/**
 * For the actor's or their team's app (NotFound for anyone else's): the API scopes it registered, per API, each
 * approved by the API's owner or still waiting (ARCHITECTURE.md "APIs and their permissions":
 * client_credentials gets only approved scopes). Empty for an app without client_credentials,
 * whose API scopes need the user's consent instead.
 */
export async function listClientApiAccess(actor: Actor, clientIdInput: unknown): Promise<ClientApiAccess[]> {
  const db = getDb();
  const client = await db.client.findFirst({
    where: { id: parseClientId(clientIdInput), ...ownedByActor(actor) },
    select: { id: true, scope: true, grantTypes: true, apiApprovals: { select: { scope: true } } },
  });
  if (!client) throw clientNotFound();
  if (!(client.grantTypes as string[]).includes("client_credentials")) return [];
  const approved = new Set(client.apiApprovals.map((approval) => approval.scope));
  const groups = await findApiScopes(actor, client.scope.split(" ").filter(Boolean));
  const mine = new Set(
    groups.length
      ? (
          await db.api.findMany({
            where: { id: { in: groups.map(({ api }) => api.id) }, ...ownedByActor(actor) },
            select: { id: true },
          })
        ).map((api) => api.id)
      : [],
  );
  return groups.map(({ api, scopes }) => ({
    api: {
      id: api.id,
      name: api.name,
      identifier: api.identifier,
      developer: publisherName(api.owner, api.team),
      yours: mine.has(api.id),
    },
    scopes: scopes.map((scope) => ({ ...scope, approved: approved.has(scope.value) })),
  }));
}
