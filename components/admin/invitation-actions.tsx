"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { deleteInvitationAction, resendInvitationAction } from "@/lib/delivery/actions/settings-actions";

/**
 * A pending invitation's actions, each after a confirmation dialog: Resend (a new link, mailed;
 * the one sent before stops working) and Withdraw. There is no "Copy link": only the link's digest
 * is stored (ARCHITECTURE.md "Administration").
 */
export function InvitationActions({ id, email }: { id: string; email: string }) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <ConfirmActionButton
        action={resendInvitationAction}
        fields={{ id }}
        label="Resend"
        srLabel={`invitation for ${email}`}
        title={`Send ${email} a new invitation?`}
        description="A new link is mailed to them, valid for the full time again. The link sent before stops working."
        confirmLabel="Send new link"
        successMessage={`A new invitation link is on its way to ${email}.`}
        pendingLabel="Sending…"
      />
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
    </div>
  );
}
