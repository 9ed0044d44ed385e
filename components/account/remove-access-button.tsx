"use client";

import { removeAccessAction } from "@/lib/delivery/actions/connected-app-actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Remove an app's access, after a confirmation dialog. */
export function RemoveAccessButton({ clientId, name }: { clientId: string; name: string }) {
  return (
    <ConfirmActionButton
      action={removeAccessAction}
      fields={{ client_id: clientId }}
      label="Remove access"
      srLabel={`of ${name}`}
      title={`Remove ${name}’s access?`}
      description={`${name} is signed out at once and can no longer use your account. If you use it again, it will ask for your permission.`}
      confirmLabel="Remove access"
      successMessage={`${name} no longer has access to your account.`}
      pendingLabel="Removing…"
    />
  );
}
