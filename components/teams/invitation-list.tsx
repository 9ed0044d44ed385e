import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { RelativeTime } from "@/components/ui/relative-time";
import { mayManageRole } from "@/lib/kernel/actors/team-permissions";
import type { InvitationView, TeamView } from "@/lib/portal/teams/schemas";
import { RevokeInvitationButton } from "./member-actions";
import { ROLE_LABELS } from "./team-roles";

/** A team's pending invitations: to whom, which role, who sent it, when it expires, with Revoke. */
export function InvitationList({ team, invitations }: { team: TeamView; invitations: InvitationView[] }) {
  return (
    <ListCard
      label="Pending invitations"
      flat
      empty={
        <EmptyState title="No pending invitations">
          People you invite appear here until they join or their link expires.
        </EmptyState>
      }
    >
      {invitations.map((invitation) => (
        <ListCardItem
          key={invitation.id}
          label={invitation.email}
          heading={<p className="min-w-0 font-medium break-all">{invitation.email}</p>}
          action={
            mayManageRole(team.role, invitation.role) && (
              <RevokeInvitationButton teamId={team.id} invitation={invitation} />
            )
          }
          detailsClassName="grid-cols-2 sm:grid-cols-4"
        >
          <DetailItem label="Role">{ROLE_LABELS[invitation.role]}</DetailItem>
          <DetailItem label="Invited by">
            <span className="break-words">{invitation.invited_by?.name ?? "A former member"}</span>
          </DetailItem>
          <DetailItem label="Sent">
            <RelativeTime value={invitation.created_at} />
          </DetailItem>
          <DetailItem label="Expires">
            <RelativeTime value={invitation.expires_at} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
