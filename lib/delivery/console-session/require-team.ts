import { getTeam } from "@/lib/portal/teams/get-team";
import { orNotFound } from "./require-own-client";
import { requireSessionActor } from "./session-user";

/**
 * The signed-in person and one of their teams, for each page of a team (`tab`: the path after the
 * team's own, to come back to after signing in). A team they are not in reads as missing, as in
 * the REST API (ARCHITECTURE.md "Teams"): the page's not-found.
 */
export async function requireTeam(teamId: string, tab = "") {
  const actor = await requireSessionActor(`/console/teams/${encodeURIComponent(teamId)}${tab}`);
  const team = await getTeam(actor, teamId).catch(orNotFound);
  return { actor, team };
}
