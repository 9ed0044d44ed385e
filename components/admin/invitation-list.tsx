import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { WithdrawInvitationButton } from "./withdraw-invitation-button";

type Invitation = { id: string; email: string; createdAt: Date; expiresAt: Date };

/** Invitations not yet used, each with its Withdraw button. */
export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  if (invitations.length === 0) {
    return (
      <EmptyState title="No pending invitations">
        People you invite appear here until they create their account or the link expires.
      </EmptyState>
    );
  }
  return (
    <ListCard label="Pending invitations">
      {invitations.map((invitation) => (
        <ListCardItem
          key={invitation.id}
          label={invitation.email}
          heading={<p className="min-w-0 break-all font-medium">{invitation.email}</p>}
          action={<WithdrawInvitationButton id={invitation.id} email={invitation.email} />}
          detailsClassName="grid-cols-2"
        >
          <DetailItem label="Sent">
            <DateTime value={invitation.createdAt} />
          </DetailItem>
          <DetailItem label="Expires">
            <DateTime value={invitation.expiresAt} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
