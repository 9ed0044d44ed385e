import type { Metadata } from "next";
import { DeleteTeamButton } from "@/components/teams/delete-team-button";
import { LeaveTeamButton } from "@/components/teams/member-actions";
import { RightsNote } from "@/components/teams/rights-note";
import { TeamForm } from "@/components/teams/team-form";
import { TeamPage } from "@/components/teams/team-page";
import { Card } from "@/components/ui/card";
import { requireTeam } from "@/lib/delivery/console-session/require-team";
import { roleAllows } from "@/lib/kernel/actors/team-permissions";

export const metadata: Metadata = { title: "Team settings" };

type Props = { params: Promise<{ teamId: string }> };

// The team's name, slug, logo and homepage (admins and owners), leaving it, and deleting it (owners), last.
export default async function TeamSettingsPage({ params }: Props) {
  const { teamId } = await params;
  const { team } = await requireTeam(teamId, "/settings");
  const editable = roleAllows(team.role, "team.update");
  return (
    <TeamPage team={team} tab="settings">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Settings</h2>
        {!editable && <RightsNote role={team.role} team={team} action="team.update" />}
        <TeamForm team={team} readOnly={!editable} />
      </Card>
      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">Leave this team</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          You lose access to its apps and APIs; they stay with the team. A team keeps at least one owner.
        </p>
        <div>
          <LeaveTeamButton team={team} />
        </div>
      </Card>
      {roleAllows(team.role, "team.delete") && (
        <Card className="flex flex-col gap-3 border-red-200 dark:border-red-900">
          <h2 className="text-lg font-semibold">Delete this team</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Only a team that owns no apps or APIs can be deleted: move them out or delete them first.
          </p>
          <DeleteTeamButton team={team} />
        </Card>
      )}
    </TeamPage>
  );
}
