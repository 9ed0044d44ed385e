import type { Metadata } from "next";
import { InvitationList } from "@/components/teams/invitation-list";
import { InviteMemberForm } from "@/components/teams/invite-member-form";
import { MemberList } from "@/components/teams/member-list";
import { RightsNote } from "@/components/teams/rights-note";
import { RoleMatrix } from "@/components/teams/role-matrix";
import { TeamPage } from "@/components/teams/team-page";
import { Card } from "@/components/ui/card";
import { requireTeam } from "@/lib/delivery/console-session/require-team";
import { mayManageRole, roleAllows, TEAM_ROLES } from "@/lib/kernel/actors/team-permissions";
import { listInvitations } from "@/lib/portal/teams/list-invitations";
import { listMembers } from "@/lib/portal/teams/list-members";

export const metadata: Metadata = { title: "Team members" };

type Props = { params: Promise<{ teamId: string }> };

// Who is in the team and with which role; admins and owners invite, change roles and remove.
export default async function TeamMembersPage({ params }: Props) {
  const { teamId } = await params;
  const { actor, team } = await requireTeam(teamId, "/members");
  const manages = roleAllows(team.role, "members.manage");
  const [{ members }, { invitations }] = await Promise.all([
    listMembers(actor, team.id),
    manages ? listInvitations(actor, team.id) : { invitations: [] },
  ]);
  return (
    <TeamPage team={team} tab="members">
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members <span className="font-normal text-slate-600 dark:text-slate-400">({members.length})</span>
        </h2>
        <MemberList team={team} members={members} selfId={actor.id} />
      </section>
      {manages ? (
        <Card className="flex flex-col gap-4">
          <h2 className="text-lg font-semibold">Invite a member</h2>
          <InviteMemberForm teamId={team.id} roles={TEAM_ROLES.filter((role) => mayManageRole(team.role, role))} />
          <h3 className="font-medium">Pending invitations</h3>
          <InvitationList team={team} invitations={invitations} />
        </Card>
      ) : (
        <RightsNote role={team.role} team={team} action="members.manage" />
      )}
      <RoleMatrix />
    </TeamPage>
  );
}
