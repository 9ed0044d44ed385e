"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { deleteInvitationAction, deleteMemberAction } from "@/lib/delivery/actions/team-member-actions";

// The members page's actions, each after a confirmation dialog (ARCHITECTURE.md "Teams": removing
// a member ends nothing of the team's apps, only the member's access, at their next request).

export function RemoveMemberButton({ teamId, member }: { teamId: string; member: { id: string; name: string } }) {
  return (
    <ConfirmActionButton
      action={deleteMemberAction}
      fields={{ team_id: teamId, user_id: member.id }}
      label="Remove"
      srLabel={member.name}
      title={`Remove ${member.name} from the team?`}
      description="They lose access to the team's apps and APIs at once. The apps, their secrets and tokens keep working. You can invite them again later."
      confirmLabel="Remove member"
      pendingLabel="Removing…"
      successMessage={`${member.name} is no longer a member.`}
    />
  );
}

export function LeaveTeamButton({ team }: { team: { id: string; name: string } }) {
  return (
    <ConfirmActionButton
      action={deleteMemberAction}
      fields={{ team_id: team.id, user_id: "me", name: team.name }}
      label="Leave team"
      title={`Leave ${team.name}?`}
      description="You lose access to the team's apps and APIs at once; they stay with the team. To come back, someone must invite you again."
      confirmLabel="Leave team"
      pendingLabel="Leaving…"
      successMessage={`You left ${team.name}.`}
    />
  );
}

export function RevokeInvitationButton({
  teamId,
  invitation,
}: {
  teamId: string;
  invitation: { id: string; email: string };
}) {
  return (
    <ConfirmActionButton
      action={deleteInvitationAction}
      fields={{ team_id: teamId, invitation_id: invitation.id }}
      label="Revoke"
      srLabel={`invitation for ${invitation.email}`}
      title={`Revoke the invitation for ${invitation.email}?`}
      description="The link in the invitation stops working at once. You can invite them again later."
      confirmLabel="Revoke invitation"
      pendingLabel="Revoking…"
      successMessage={`Invitation for ${invitation.email} revoked.`}
    />
  );
}
