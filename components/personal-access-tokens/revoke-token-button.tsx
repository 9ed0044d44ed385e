"use client";

import { revokeTokenAction } from "@/lib/delivery/actions/token-actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Revoke a personal access token, after a confirmation dialog. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmActionButton
      action={revokeTokenAction}
      fields={{ id }}
      label="Revoke"
      srLabel={`token ${name}`}
      title={`Revoke “${name}”?`}
      description="Scripts and tools using this token stop working immediately. This cannot be undone."
      confirmLabel="Revoke token"
      successMessage={`Token “${name}” revoked.`}
      pendingLabel="Revoking…"
    />
  );
}
