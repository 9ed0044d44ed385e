import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { isDomainError } from "@/lib/kernel/errors";
import { prefixRange } from "@/lib/kernel/db/prefix-range";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listClientsQuerySchema, type ClientView } from "./schemas";
import { toClientView } from "./to-client-view";

export type ClientPage = { clients: ClientView[]; next_cursor: string | null };

export async function listClients(actor: Actor, query: unknown = {}): Promise<ClientPage> {
  const { limit, cursor, q } = parseOrThrow(listClientsQuerySchema, query);
  const { where, ...page } = pageQuery(limit, cursor);
  // A name prefix (a range, so the name index serves it) or an exact client ID, among the actor's own.
  const search = q ? { OR: [{ id: q }, { name: prefixRange(q) }] } : {};
  const rows = await getDb().client.findMany({ where: { AND: [{ ownerId: actor.id }, where, search] }, ...page });
  const { page: clients, nextCursor } = pageOf(rows, limit);
  return { clients: clients.map(toClientView), next_cursor: nextCursor };
}

/**
 * listClients for a page whose address carries the query: a search or page link that is not valid
 * (a control character, a cursor from elsewhere) is said in words, with no apps, not an error page.
 */
export async function listClientsOrRefusal(
  actor: Actor,
  query: unknown,
): Promise<ClientPage & { refusal: string | null }> {
  try {
    return { ...(await listClients(actor, query)), refusal: null };
  } catch (error) {
    if (!isDomainError(error) || error.code !== "VALIDATION") throw error;
    return { clients: [], next_cursor: null, refusal: "That search or page link is not valid: search again." };
  }
}
