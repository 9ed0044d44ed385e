"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { acceptInvitation } from "@/lib/portal/teams/accept-invitation";
import { createInvitation } from "@/lib/portal/teams/create-invitation";
import { createTeam } from "@/lib/portal/teams/create-team";
import { deleteInvitation } from "@/lib/portal/teams/delete-invitation";
import { deleteMember } from "@/lib/portal/teams/delete-member";
import { deleteTeam } from "@/lib/portal/teams/delete-team";
import { invitationFormValues, teamFormValues } from "@/lib/portal/teams/form-values";
import type { InvitationView, MemberView, TeamView } from "@/lib/portal/teams/schemas";
import { updateMember } from "@/lib/portal/teams/update-member";
import { updateTeam } from "@/lib/portal/teams/update-team";

// The console's team pages (ARCHITECTURE.md "Teams"). Thin: the form into the shared input shape,
// one domain function, then the pages that show it. A change to a team's name or to who is in it
// refreshes the whole console, whose header lists the teams (the workspace switcher).
const teamPath = (teamId: string, tab = "") => `/console/teams/${encodeURIComponent(teamId)}${tab}`;
const refreshConsole = () => revalidatePath("/console", "layout");

export async function createTeamAction(
  _previous: ActionResult<TeamView> | null,
  form: FormData,
): Promise<ActionResult<TeamView>> {
  const result = await runAction(async () => {
    const actor = await requireSessionActor("/console/teams/new");
    const team = await createTeam(actor, teamFormValues(form));
    refreshConsole();
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
    const actor = await requireSessionActor(teamPath(teamId, "/settings"));
    const team = await updateTeam(actor, teamId, teamFormValues(form));
    refreshConsole();
    return team;
  });
}

export async function deleteTeamAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const teamId = formText(form, "team_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId, "/settings"));
    await deleteTeam(actor, teamId);
    refreshConsole();
    return undefined;
  });
  if (result.ok) redirect(`/console/teams?${new URLSearchParams({ deleted: formText(form, "name") })}`);
  return result;
}

/** The actor leaves the team (any role; never its last owner). */
export async function leaveTeamAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const teamId = formText(form, "team_id");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId, "/members"));
    await deleteMember(actor, teamId, "me");
    refreshConsole();
    return undefined;
  });
  if (result.ok) redirect(`/console/teams?${new URLSearchParams({ left: formText(form, "team_name") })}`);
  return result;
}

export async function updateMemberAction(
  _previous: ActionResult<MemberView> | null,
  form: FormData,
): Promise<ActionResult<MemberView>> {
  const teamId = formText(form, "team_id");
  return runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId, "/members"));
    const member = await updateMember(actor, teamId, formText(form, "user_id"), { role: formText(form, "role") });
    // Demoting oneself changes what the console shows on every page of the team.
    refreshConsole();
    return member;
  });
}

export async function removeMemberAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const teamId = formText(form, "team_id");
  return runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId, "/members"));
    await deleteMember(actor, teamId, formText(form, "user_id"));
    revalidatePath(teamPath(teamId), "layout");
    return undefined;
  });
}

export async function inviteMemberAction(
  _previous: ActionResult<InvitationView> | null,
  form: FormData,
): Promise<ActionResult<InvitationView>> {
  const teamId = formText(form, "team_id");
  return runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId, "/members"));
    const invitation = await createInvitation(actor, teamId, invitationFormValues(form));
    revalidatePath(teamPath(teamId), "layout");
    return invitation;
  });
}

export async function revokeInvitationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const teamId = formText(form, "team_id");
  return runAction(async () => {
    const actor = await requireSessionActor(teamPath(teamId, "/members"));
    await deleteInvitation(actor, teamId, formText(form, "invitation_id"));
    revalidatePath(teamPath(teamId), "layout");
    return undefined;
  });
}

/** Accepts the invitation of the join page's link (`token`); on success, the team's page. */
export async function acceptInvitationAction(
  _previous: ActionResult<TeamView> | null,
  form: FormData,
): Promise<ActionResult<TeamView>> {
  const token = formText(form, "token");
  const result = await runAction(async () => {
    const actor = await requireSessionActor(`/console/teams/join?${new URLSearchParams({ token })}`);
    const team = await acceptInvitation(actor, { token });
    refreshConsole();
    return team;
  });
  if (result.ok) redirect(`${teamPath(result.data.id)}?joined=1`);
  return result;
}
