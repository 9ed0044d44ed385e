import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertTeamAction } from "./assert-team-action";
import type { TeamView } from "./schemas";
import { teamNotFound } from "./team-id";
import { toTeamView } from "./to-team-view";

/** One of the actor's teams with their role in it; any other team is NOT_FOUND. */
export async function getTeam(actor: Actor, teamId: unknown): Promise<TeamView> {
  const db = getDb();
  const { team, role } = await assertTeamAction(db, actor, teamId, "apps.read");
  const row = await db.team.findUnique({ where: { id: team.id } });
  if (!row) throw teamNotFound();
  return toTeamView(row, role);
}
