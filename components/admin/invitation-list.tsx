import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { listPendingInvitations } from "@/lib/accounts/settings/list-invitations";
import { InvitationActions } from "./invitation-actions";

type Invitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

/** Invitations not yet used: who sent each and when, with Resend and Withdraw. */
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
          heading={
            <p className="min-w-0 truncate font-medium" title={invitation.email}>
              {invitation.email}
            </p>
          }
          action={<InvitationActions id={invitation.id} email={invitation.email} />}
          detailsClassName="grid-cols-2 sm:grid-cols-3"
        >
          <DetailItem label="Invited by">
            {invitation.invitedBy ? (
              <span className="break-words" title={invitation.invitedBy.email}>
                {invitation.invitedBy.name}
              </span>
            ) : (
              "The command line, or a deleted account"
            )}
          </DetailItem>
          <DetailItem label="Sent">
            <DateTime value={invitation.createdAt} withTime />
          </DetailItem>
          <DetailItem label="Expires">
            <DateTime value={invitation.expiresAt} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
