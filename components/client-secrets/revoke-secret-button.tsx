"use client";

import { revokeSecretAction } from "@/lib/delivery/actions/secret-actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

type Props = { clientId: string; secretId: string; hint: string; last: boolean };

/** Revoke one secret, after a confirmation that says what stops working. */
export function RevokeSecretButton({ clientId, secretId, hint, last }: Props) {
  return (
    <ConfirmActionButton
      action={revokeSecretAction}
      fields={{ client_id: clientId, secret_id: secretId }}
      label="Revoke"
      srLabel={`secret ending ${hint}`}
      title={`Revoke the secret ending ${hint}?`}
      description={
        last
          ? "This is the app's only active secret: the app cannot get tokens until you add a new one. This cannot be undone."
          : "Anything still using this secret stops getting tokens on its next request. This cannot be undone."
      }
      confirmLabel="Revoke secret"
      successMessage={`Secret ending ${hint} revoked. It no longer gets tokens.`}
      pendingLabel="Revoking…"
    />
  );
}
