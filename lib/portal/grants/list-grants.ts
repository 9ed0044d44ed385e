import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { findApiScopes } from "@/lib/portal/apis/scope-groups";
import { byScopeOrder } from "@/lib/oauth-core/scopes/oidc-scopes";
import { isDocumentClientId } from "@/lib/portal/clients/check-client-document";
import { GRANT_MODEL, grantedAt, grantedResourceScopes, grantedScopes } from "./grant-rows";

export type ConnectedApp = {
  clientId: string;
  name: string;
  logoUri: string | null;
  clientUri: string | null;
  scopes: string[];
  /** API permissions, by API, in the API's words (APIs or scopes deleted since are left out). */
  apis: { name: string; scopes: { value: string; description: string }[] }[];
  grantedAt: Date | null;
  lastUsedAt: Date | null;
};

const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * The apps the actor has given access to (their own grants only), one entry per app, most
 * recently used first. First-party clients (the console) are not registered apps and are left out.
 */
export async function listGrants(actor: Actor): Promise<ConnectedApp[]> {
  const db = getDb();
  const rows = await db.oidcPayload.findMany({
    where: { model: GRANT_MODEL, accountId: actor.id, ...notExpiredWhere() },
    select: { clientId: true, payload: true, lastUsedAt: true },
  });
  const clientIds = [...new Set(rows.map((row) => row.clientId).filter((id): id is string => !!id))];
  const clients = await db.client.findMany({
    where: { id: { in: clientIds } },
    select: { id: true, name: true, logoUri: true, clientUri: true },
  });
  // Apps known by a client ID metadata document have no row: named by the document's host, so the
  // user can still see and remove what they allowed (ARCHITECTURE.md "Dynamic registration").
  const documentApps = clientIds
    .filter(isDocumentClientId)
    .map((id) => ({ id, name: new URL(id).host, logoUri: null, clientUri: null }));
  const apps = new Map<string, ConnectedApp>();
  for (const client of [...clients, ...documentApps]) {
    apps.set(client.id, {
      clientId: client.id,
      name: client.name,
      logoUri: client.logoUri,
      clientUri: client.clientUri,
      scopes: [],
      apis: [],
      grantedAt: null,
      lastUsedAt: null,
    });
  }
  const resources = new Map<string, Map<string, Set<string>>>(); // client → API identifier → scopes
  for (const row of rows) {
    const app = row.clientId ? apps.get(row.clientId) : undefined;
    if (!app) continue;
    app.scopes = [...new Set([...app.scopes, ...grantedScopes(row.payload)])].sort(byScopeOrder);
    const byApi = resources.get(app.clientId) ?? new Map<string, Set<string>>();
    for (const [identifier, values] of Object.entries(grantedResourceScopes(row.payload))) {
      byApi.set(identifier, new Set([...(byApi.get(identifier) ?? []), ...values]));
    }
    resources.set(app.clientId, byApi);
    app.grantedAt = earliest(app.grantedAt, grantedAt(row.payload));
    app.lastUsedAt = latest(app.lastUsedAt, row.lastUsedAt);
  }
  const values = [...resources.values()].flatMap((byApi) => [...byApi.values()].flatMap((set) => [...set]));
  const groups = await findApiScopes(actor, [...new Set(values)]);
  for (const [clientId, byApi] of resources) {
    apps.get(clientId)!.apis = groups
      .map(({ api, scopes }) => ({
        name: api.name,
        scopes: scopes.filter((scope) => byApi.get(api.identifier)?.has(scope.value)),
      }))
      .filter((api) => api.scopes.length);
  }
  const recency = (app: ConnectedApp) => (app.lastUsedAt ?? app.grantedAt)?.getTime() ?? 0;
  return [...apps.values()].sort((a, b) => recency(b) - recency(a) || a.name.localeCompare(b.name));
}
