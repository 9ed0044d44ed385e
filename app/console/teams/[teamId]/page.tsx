import type { Metadata } from "next";
import { ClientList } from "@/components/clients/client-list";
import { RightsNote } from "@/components/teams/rights-note";
import { TeamPage } from "@/components/teams/team-page";
import { ROLE_LABELS } from "@/components/teams/team-roles";
import { Alert } from "@/components/ui/alert";
import { OlderPageLink } from "@/components/ui/older-page-link";
import { requireTeam } from "@/lib/delivery/console-session/require-team";
import { roleAllows } from "@/lib/kernel/actors/team-permissions";
import { getClientStates } from "@/lib/portal/clients/get-client-states";
import { listClients } from "@/lib/portal/clients/list-clients";

export const metadata: Metadata = { title: "Team apps" };

type Props = {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<{ cursor?: string; deleted?: string; created?: string; joined?: string }>;
};

// A team's first tab: its apps; "Create app" registers one in the team (team_id) for developers and up.
export default async function TeamAppsPage({ params, searchParams }: Props) {
  const { teamId } = await params;
  const { cursor, deleted, created, joined } = await searchParams;
  const { actor, team } = await requireTeam(teamId);
  const { clients, next_cursor } = await listClients(actor, { team_id: team.id, limit: 50, cursor });
  const states = await getClientStates(
    actor,
    clients.map((client) => client.client_id),
  );
  const createHref = roleAllows(team.role, "apps.write")
    ? `/console/clients/new?team=${encodeURIComponent(team.id)}`
    : null;
  return (
    <TeamPage
      team={team}
      tab="apps"
      action={Boolean(createHref && clients.length) && { href: createHref!, label: "Create app" }}
    >
      {created && <Alert tone="success">“{team.name}” is created. Invite colleagues under Members.</Alert>}
      {joined && (
        <Alert tone="success">
          Welcome to {team.name}: you joined as {ROLE_LABELS[team.role].toLowerCase()}.
        </Alert>
      )}
      {deleted && <Alert tone="success">“{deleted}” was deleted, with its secrets and tokens.</Alert>}
      {!createHref && <RightsNote role={team.role} team={team} action="apps.write" />}
      <ClientList
        clients={clients}
        states={states}
        label={`Apps of ${team.name}`}
        createHref={createHref}
        emptyText={`Apps registered in ${team.name} belong to the team: every member sees them, and they stay when someone leaves. An owner can also move an app here from its Settings.`}
      />
      <OlderPageLink path={`/console/teams/${encodeURIComponent(team.id)}`} cursor={next_cursor}>
        Older apps
      </OlderPageLink>
    </TeamPage>
  );
}
