import { Badge } from "@/components/ui/badge";
import { DetailItem } from "@/components/ui/detail-item";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { RelativeTime } from "@/components/ui/relative-time";
import { mayManageRole, TEAM_ROLES, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import type { MemberView, TeamView } from "@/lib/portal/teams/schemas";
import { LeaveTeamButton, RemoveMemberButton } from "./member-actions";
import { MemberRoleForm } from "./member-role-form";
import { ROLE_LABELS } from "./team-roles";

type Props = { team: TeamView; members: MemberView[]; selfId: string };

/**
 * A team's members: name, address, role, since when. Whoever may manage a member's role
 * (mayManageRole: admins those below owner, owners everyone) changes it or removes them; one's own
 * row offers Leave. The domain keeps the last owner either way.
 */
export function MemberList({ team, members, selfId }: Props) {
  const givable = TEAM_ROLES.filter((role) => mayManageRole(team.role, role));
  const manages = (role: TeamRole) => mayManageRole(team.role, role);
  return (
    <ListCard label={`Members of ${team.name}`}>
      {members.map((member) => {
        const self = member.id === selfId;
        const editable = !self && manages(member.role);
        return (
          <ListCardItem
            key={member.id}
            label={member.name}
            heading={
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  <span className="break-words">{member.name}</span>
                  {self && <Badge tone="neutral">You</Badge>}
                </p>
                <p className="text-sm break-all text-slate-600 dark:text-slate-400">{member.email}</p>
              </div>
            }
            action={
              self ? (
                <LeaveTeamButton team={team} />
              ) : (
                editable && <RemoveMemberButton teamId={team.id} member={member} />
              )
            }
            detailsClassName="grid-cols-1 sm:grid-cols-[minmax(0,2fr)_1fr]"
          >
            <DetailItem label="Role">
              {editable ? (
                <MemberRoleForm teamId={team.id} member={member} roles={givable} />
              ) : (
                ROLE_LABELS[member.role]
              )}
            </DetailItem>
            <DetailItem label="Joined">
              <RelativeTime value={member.joined_at} />
            </DetailItem>
          </ListCardItem>
        );
      })}
    </ListCard>
  );
}
