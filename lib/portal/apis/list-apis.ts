import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listApisQuerySchema, type ApiView } from "./schemas";
import { toApiView, withScopes } from "./to-api-view";

export type ApiPage = { apis: ApiView[]; next_cursor: string | null };

/** The actor's APIs, newest first, a page at a time. */
export async function listApis(actor: Actor, query: unknown = {}): Promise<ApiPage> {
  const { limit, cursor } = parseOrThrow(listApisQuerySchema, query);
  const { where, ...page } = pageQuery(limit, cursor);
  const rows = await getDb().api.findMany({ where: { ownerId: actor.id, ...where }, include: withScopes, ...page });
  const { page: apis, nextCursor } = pageOf(rows, limit);
  return { apis: apis.map(toApiView), next_cursor: nextCursor };
}
