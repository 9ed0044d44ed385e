import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
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
