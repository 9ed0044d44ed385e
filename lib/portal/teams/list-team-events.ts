import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { listEventsPage, parseEventsQuery } from "@/lib/kernel/audit/list-events-page";
import { getDb } from "@/lib/kernel/db/client";
import { assertTeamAction } from "./assert-team-action";

/**
 * A team's feed (GET /teams/{teamId}/events; apps.read): changes to the team, its members and
 * invitations and what it owns, newest first, cursor-paged. Fellow members' actions are named by
 * email, without IP or user agent; anyone else by role (ARCHITECTURE.md "Audit log").
 */
export async function listTeamEvents(actor: Actor, teamId: unknown, query: unknown = {}) {
  const parsed = parseEventsQuery(query);
  const db = getDb();
  const { team } = await assertTeamAction(db, actor, teamId, "apps.read");
  const members = await db.teamMember.findMany({
    where: { teamId: team.id },
    select: { user: { select: { email: true } } },
  });
  const colleagues = new Set(members.map((member) => member.user.email));
  return listEventsPage({ teamId: team.id }, parsed, { id: actor.id, email: actor.email, colleagues });
}
