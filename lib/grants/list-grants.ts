import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { notExpiredWhere } from "@/lib/time/expiry";
import { byScopeOrder } from "@/lib/scopes/oidc-scopes";
import { GRANT_MODEL, grantedAt, grantedScopes } from "./grant-rows";

export type ConnectedApp = {
  clientId: string;
  name: string;
  logoUri: string | null;
  clientUri: string | null;
  scopes: string[];
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
  const apps = new Map<string, ConnectedApp>();
  for (const client of clients) {
    apps.set(client.id, { clientId: client.id, name: client.name, logoUri: client.logoUri, clientUri: client.clientUri, scopes: [], grantedAt: null, lastUsedAt: null });
  }
  for (const row of rows) {
    const app = row.clientId ? apps.get(row.clientId) : undefined;
    if (!app) continue;
    app.scopes = [...new Set([...app.scopes, ...grantedScopes(row.payload)])].sort(byScopeOrder);
    app.grantedAt = earliest(app.grantedAt, grantedAt(row.payload));
    app.lastUsedAt = latest(app.lastUsedAt, row.lastUsedAt);
  }
  const recency = (app: ConnectedApp) => (app.lastUsedAt ?? app.grantedAt)?.getTime() ?? 0;
  return [...apps.values()].sort((a, b) => recency(b) - recency(a) || a.name.localeCompare(b.name));
}
