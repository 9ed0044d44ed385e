import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listApisQuerySchema, type ApiView } from "./schemas";
import { toApiView, withScopes } from "./to-api-view";
import { assertTeamAction } from "@/lib/portal/teams/assert-team-action";

export type ApiPage = { apis: ApiView[]; next_cursor: string | null };

/** The actor's own APIs, or with `team_id` that team's (any member), newest first, a page at a time. */
export async function listApis(actor: Actor, query: unknown = {}): Promise<ApiPage> {
  const { limit, cursor, team_id } = parseOrThrow(listApisQuerySchema, query);
  const { where, ...page } = pageQuery(limit, cursor);
  const db = getDb();
  const owner =
    team_id === undefined
      ? { ownerId: actor.id }
      : { teamId: (await assertTeamAction(db, actor, team_id, "apps.read")).team.id };
  const rows = await db.api.findMany({ where: { ...owner, ...where }, include: withScopes, ...page });
  const { page: apis, nextCursor } = pageOf(rows, limit);
  return { apis: apis.map(toApiView), next_cursor: nextCursor };
}
