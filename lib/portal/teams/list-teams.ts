import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import { getDb } from "@/lib/kernel/db/client";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listTeamsQuerySchema, type TeamView } from "./schemas";
import { toTeamView } from "./to-team-view";

/** The teams the actor is a member of, newest first, each with the actor's role (GET /teams). */
export async function listTeams(
  actor: Actor,
  query: unknown = {},
): Promise<{ teams: TeamView[]; next_cursor: string | null }> {
  const { limit, cursor } = parseOrThrow(listTeamsQuerySchema, query, "Check the query parameters.");
  const page = pageQuery(limit, cursor);
  const rows = await getDb().team.findMany({
    ...page,
    where: { ...page.where, members: { some: { userId: actor.id } } },
    include: { members: { where: { userId: actor.id }, select: { role: true } } },
  });
  const { page: teams, nextCursor } = pageOf(rows, limit);
  return {
    teams: teams.map(({ members, ...team }) => toTeamView(team, members[0]!.role as TeamRole)),
    next_cursor: nextCursor,
  };
}
