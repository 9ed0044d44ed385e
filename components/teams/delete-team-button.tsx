"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { deleteTeamAction } from "@/lib/delivery/actions/team-actions";

/**
 * Delete a team after typing its name (owners). A team that still owns apps or APIs is refused,
 * naming them, so deleting a team never deletes an app by surprise (ARCHITECTURE.md "Teams").
 */
export function DeleteTeamButton({ team }: { team: { id: string; name: string } }) {
  return (
    <ConfirmActionButton
      action={deleteTeamAction}
      fields={{ team_id: team.id }}
      typeToConfirm={{ name: team.name, field: "name" }}
      label="Delete team"
      title={`Delete “${team.name}”?`}
      description="Its members and pending invitations go with it. It must own no apps or APIs: move them to another owner or delete them first. This cannot be undone."
      confirmLabel="Delete this team"
      pendingLabel="Deleting…"
      successMessage={`“${team.name}” deleted.`}
    />
  );
}
