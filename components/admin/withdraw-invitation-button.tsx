"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { deleteInvitationAction } from "@/lib/delivery/actions/settings-actions";

/** Withdraw a pending invitation, after a confirmation dialog. */
export function WithdrawInvitationButton({ id, email }: { id: string; email: string }) {
  return (
    <ConfirmActionButton
      action={deleteInvitationAction}
      fields={{ id }}
      label="Withdraw"
      srLabel={`invitation for ${email}`}
      title={`Withdraw the invitation for ${email}?`}
      description="The link in the invitation stops working immediately. You can invite them again later."
      confirmLabel="Withdraw invitation"
      successMessage={`Invitation for ${email} withdrawn.`}
      pendingLabel="Withdrawing…"
    />
  );
}
