"use client";

import { revokeRegistrationTokenAction } from "@/lib/delivery/actions/registration-token-actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Revoke an initial access token, after a confirmation dialog. */
export function RevokeRegistrationTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmActionButton
      action={revokeRegistrationTokenAction}
      fields={{ id }}
      label="Revoke"
      srLabel={`registration token ${name}`}
      title={`Revoke “${name}”?`}
      description="No app can register with it any more. Apps already registered with it keep working."
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      successMessage={`Registration token “${name}” revoked.`}
    />
  );
}
