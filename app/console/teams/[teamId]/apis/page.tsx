import type { Metadata } from "next";
import { ApiList } from "@/components/apis/api-list";
import { RightsNote } from "@/components/teams/rights-note";
import { TeamPage } from "@/components/teams/team-page";
import { Alert } from "@/components/ui/alert";
import { OlderPageLink } from "@/components/ui/older-page-link";
import { requireTeam } from "@/lib/delivery/console-session/require-team";
import { roleAllows } from "@/lib/kernel/actors/team-permissions";
import { listApis } from "@/lib/portal/apis/list-apis";

export const metadata: Metadata = { title: "Team APIs" };

type Props = {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<{ cursor?: string; deleted?: string }>;
};

// A team's APIs; "Register API" registers one in the team (team_id) for developers and up.
export default async function TeamApisPage({ params, searchParams }: Props) {
  const { teamId } = await params;
  const { cursor, deleted } = await searchParams;
  const { actor, team } = await requireTeam(teamId, "/apis");
  const { apis, next_cursor } = await listApis(actor, { team_id: team.id, limit: 50, cursor });
  const createHref = roleAllows(team.role, "apps.write")
    ? `/console/apis/new?team=${encodeURIComponent(team.id)}`
    : null;
  return (
    <TeamPage
      team={team}
      tab="apis"
      action={Boolean(createHref && apis.length) && { href: createHref!, label: "Register API" }}
    >
      {deleted && <Alert tone="success">“{deleted}” was deleted; requests for its scopes now fail.</Alert>}
      {!createHref && <RightsNote role={team.role} team={team} action="apps.write" />}
      <ApiList
        apis={apis}
        label={`APIs of ${team.name}`}
        createHref={createHref}
        emptyText={`APIs registered in ${team.name} belong to the team: its developers edit them, its admins approve the apps that call them.`}
      />
      <OlderPageLink path={`/console/teams/${encodeURIComponent(team.id)}/apis`} cursor={next_cursor}>
        Older APIs
      </OlderPageLink>
    </TeamPage>
  );
}
