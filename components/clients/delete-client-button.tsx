"use client";

import { deleteClientAction } from "@/lib/delivery/actions/client-actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Delete, after the developer types the app's name: deleting ends every token issued to it. */
export function DeleteClientButton({ clientId, name }: { clientId: string; name: string }) {
  return (
    <ConfirmActionButton
      action={deleteClientAction}
      fields={{ client_id: clientId }}
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
