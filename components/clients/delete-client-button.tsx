"use client";

import { deleteClientAction } from "@/lib/delivery/actions/client-actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/**
 * Delete, after the developer types the app's name: deleting ends every token issued to it. A
 * team's app (`teamId`) returns to the team's apps.
 */
export function DeleteClientButton({ clientId, name, teamId }: { clientId: string; name: string; teamId?: string }) {
  return (
    <ConfirmActionButton
      action={deleteClientAction}
      fields={{ client_id: clientId, ...(teamId && { team_id: teamId }) }}
      typeToConfirm={{ name, field: "client_name" }}
      label="Delete app"
      title={`Delete “${name}”?`}
      description="Its client ID and secrets stop working at once, and every token and grant issued to it ends. This cannot be undone."
      confirmLabel="Delete this app"
      successMessage={`“${name}” deleted.`}
      pendingLabel="Deleting…"
    />
  );
}
