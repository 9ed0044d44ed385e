import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { pageOf, pageQuery } from "@/lib/validation/page-cursor";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { listClientsQuerySchema, type ClientView } from "./schemas";
import { toClientView } from "./to-client-view";

export type ClientPage = { clients: ClientView[]; next_cursor: string | null };

export async function listClients(actor: Actor, query: unknown = {}): Promise<ClientPage> {
  const { limit, cursor } = parseOrThrow(listClientsQuerySchema, query);
  const { where, ...page } = pageQuery(limit, cursor);
  const rows = await getDb().client.findMany({ where: { ownerId: actor.id, ...where }, ...page });
  const { page: clients, nextCursor } = pageOf(rows, limit);
  return { clients: clients.map(toClientView), next_cursor: nextCursor };
}
