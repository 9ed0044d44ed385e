"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import { teamPath } from "./team-path";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { createInvitation } from "@/lib/portal/teams/create-invitation";
import { deleteInvitation } from "@/lib/portal/teams/delete-invitation";
import { deleteMember } from "@/lib/portal/teams/delete-member";
import { invitationFormValues, memberFormValues } from "@/lib/portal/teams/form-values";
import type { InvitationView, MemberView } from "@/lib/portal/teams/schemas";
import { updateMember } from "@/lib/portal/teams/update-member";

// A team's Members page (ARCHITECTURE.md "Teams"): change a role, remove someone or leave, invite,
// revoke an invitation. Each form carries `team_id`; the domain decides who may.

/** Runs `work` for the signed-in person on the team of the form, then refreshes the team's pages. */
async function onTeam<T>(
  form: FormData,
  work: (actor: Awaited<ReturnType<typeof requireSessionActor>>, teamId: string) => Promise<T>,
) {
  const teamId = formText(form, "team_id");
  const path = teamPath(teamId);
  return runAction(async () => {
    const result = await work(await requireSessionActor(path), teamId);
    revalidatePath(path, "layout");
    return result;
  });
}

export async function updateMemberAction(
  _previous: ActionResult<MemberView> | null,
  form: FormData,
): Promise<ActionResult<MemberView>> {
  return onTeam(form, (actor, teamId) =>
    updateMember(actor, teamId, formText(form, "user_id"), memberFormValues(form)),
  );
}

/** Removes the member `user_id`, or (`user_id` = `me`) the person leaves: then to the console's home. */
export async function deleteMemberAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const leaving = formText(form, "user_id") === "me";
  const result = await onTeam(form, async (actor, teamId) => {
    await deleteMember(actor, teamId, formText(form, "user_id"));
    if (leaving) revalidatePath("/console", "layout");
    return undefined;
  });
  if (result.ok && leaving) redirect(`/console?team_left=${encodeURIComponent(formText(form, "name"))}`);
  return result;
}

export async function createInvitationAction(
  _previous: ActionResult<InvitationView> | null,
  form: FormData,
): Promise<ActionResult<InvitationView>> {
  return onTeam(form, (actor, teamId) => createInvitation(actor, teamId, invitationFormValues(form)));
}

export async function deleteInvitationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return onTeam(form, async (actor, teamId) => {
    await deleteInvitation(actor, teamId, formText(form, "invitation_id"));
    return undefined;
  });
}
