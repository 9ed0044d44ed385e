import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { prefixRange } from "@/lib/kernel/db/prefix-range";
import { SEARCH_REFUSAL, unlessSearchRefused } from "@/lib/kernel/validation/search-refusal";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listClientsQuerySchema, type ClientView } from "./schemas";
import { toClientView } from "./to-client-view";
import { ownerRelations } from "@/lib/kernel/actors/owner-scope";
import { assertTeamAction } from "@/lib/portal/teams/assert-team-action";

export type ClientPage = { clients: ClientView[]; next_cursor: string | null };

/** The actor's own clients, or with `team_id` that team's (any member; ARCHITECTURE.md "Teams"). */
export async function listClients(actor: Actor, query: unknown = {}): Promise<ClientPage> {
  const { limit, cursor, q, team_id } = parseOrThrow(listClientsQuerySchema, query);
  const db = getDb();
  const owner =
    team_id === undefined
      ? { ownerId: actor.id }
      : { teamId: (await assertTeamAction(db, actor, team_id, "apps.read")).team.id };
  const { where, ...page } = pageQuery(limit, cursor);
  // A name prefix (a range, so the name index serves it) or an exact client ID, among the owner's.
  const search = q ? { OR: [{ id: q }, { name: prefixRange(q) }] } : {};
  const rows = await db.client.findMany({
    where: { AND: [owner, where, search] },
    include: ownerRelations(actor),
    ...page,
  });
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
  const page = await unlessSearchRefused(listClients(actor, query));
  return page ? { ...page, refusal: null } : { clients: [], next_cursor: null, refusal: SEARCH_REFUSAL };
}
