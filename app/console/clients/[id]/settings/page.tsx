import type { Metadata } from "next";
import { ClientApiAccessCard } from "@/components/apis/client-api-access";
import { AppPage } from "@/components/clients/app-page";
import { DeleteClientButton } from "@/components/clients/delete-client-button";
import { EditClientForm } from "@/components/clients/edit-client-form";
import { MoveOwner } from "@/components/teams/move-owner";
import { moveTargets } from "@/components/teams/move-targets";
import { RightsNote } from "@/components/teams/rights-note";
import { Card } from "@/components/ui/card";
import { requireOwnClient } from "@/lib/delivery/console-session/require-own-client";
import { listClientApiAccess } from "@/lib/portal/api-clients/list-client-api-access";
import { listScopeCatalogue } from "@/lib/portal/api-clients/list-scope-catalogue";
import { listTeams } from "@/lib/portal/teams/list-teams";

export const metadata: Metadata = { title: "App settings" };

type Props = { params: Promise<{ id: string }> };

// The app's registration, its access to APIs, its owner (Move to…), and deleting it, last; each as
// far as the member's role allows (ARCHITECTURE.md "Teams").
export default async function ClientSettingsPage({ params }: Props) {
  const { id } = await params;
  const { actor, client, rights } = await requireOwnClient(id, "/settings");
  const [apis, apiAccess, { teams }] = await Promise.all([
    listScopeCatalogue(actor),
    listClientApiAccess(actor, id),
    listTeams(actor, { limit: 100 }),
  ]);
  const { can, role, team } = rights;
  return (
    <AppPage actor={actor} client={client} rights={rights} tab="settings">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Settings</h2>
        {!can["apps.write"] && <RightsNote role={role} team={team} action="apps.write" />}
        <EditClientForm client={client} apis={apis} readOnly={!can["apps.write"]} />
      </Card>
      <ClientApiAccessCard access={apiAccess} />
      {can["ownership.transfer"] && (
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Owner</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {team ? `${team.name} owns this app.` : "You own this app."} Moving it keeps it working as it is.
          </p>
          <MoveOwner kind="app" id={id} name={client.client_name} options={moveTargets(client.owner, teams)} />
        </Card>
      )}
      <Card className="flex flex-col gap-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">Delete this app</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Its client ID and secrets stop working and every token issued to it ends.
        </p>
        {can["apps.delete"] ? (
          <DeleteClientButton clientId={id} name={client.client_name} teamId={team?.id} />
        ) : (
          <RightsNote role={role} team={team} action="apps.delete" />
        )}
      </Card>
    </AppPage>
  );
}
