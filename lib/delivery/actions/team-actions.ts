"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { teamPath } from "./team-path";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { acceptInvitation } from "@/lib/portal/teams/accept-invitation";
import { createTeam } from "@/lib/portal/teams/create-team";
import { deleteTeam } from "@/lib/portal/teams/delete-team";
import { teamFormValues } from "@/lib/portal/teams/form-values";
import type { TeamView } from "@/lib/portal/teams/schemas";
import { updateTeam } from "@/lib/portal/teams/update-team";

// The console's team forms (ARCHITECTURE.md "Teams"). Thin: parse the form into the shared input
// shape, call the domain, refresh what shows it. The console's layout lists the person's teams
// (the workspace switcher), so joining, creating and deleting refresh it too.
const refreshTeams = () => revalidatePath("/console", "layout");

export async function createTeamAction(
  _previous: ActionResult<TeamView> | null,
  form: FormData,
): Promise<ActionResult<TeamView>> {
  const result = await runAction(async () => {
    const actor = await requireSessionActor("/console/teams/new");
    const team = await createTeam(actor, teamFormValues(form));
    refreshTeams();
    return team;
  });
  // Outside runAction: redirect() throws.
  if (result.ok) redirect(`${teamPath(result.data.id)}?created=1`);
  return result;
}

export async function updateTeamAction(
  _previous: ActionResult<TeamView> | null,
  form: FormData,
): Promise<ActionResult<TeamView>> {
  const teamId = formText(form, "team_id");
  return runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId));
    const team = await updateTeam(actor, teamId, teamFormValues(form));
    refreshTeams();
    return team;
  });
}

export async function deleteTeamAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const teamId = formText(form, "team_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId));
    await deleteTeam(actor, teamId);
    refreshTeams();
    return undefined;
  });
  if (result.ok) redirect(`/console?team_deleted=${encodeURIComponent(formText(form, "name"))}`);
  return result;
}

/** The join page's Accept (`token` from its link): on success, to the team's page. */
export async function acceptInvitationAction(
  _previous: ActionResult<TeamView> | null,
  form: FormData,
): Promise<ActionResult<TeamView>> {
  const token = formText(form, "token");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(`/console/teams/join?${new URLSearchParams({ token })}`);
    const team = await acceptInvitation(actor, { token });
    refreshTeams();
    return team;
  });
  if (result.ok) redirect(`${teamPath(result.data.id)}?joined=1`);
  return result;
}
