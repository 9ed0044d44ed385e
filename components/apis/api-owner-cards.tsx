import { MoveOwner } from "@/components/teams/move-owner";
import { moveTargets } from "@/components/teams/move-targets";
import { RightsNote } from "@/components/teams/rights-note";
import { Card } from "@/components/ui/card";
import type { AppRef, ScopeHolders } from "@/lib/portal/api-clients/find-api-clients";
import type { ApiView } from "@/lib/portal/apis/schemas";
import type { OwnerRights } from "@/lib/kernel/actors/team-permissions";
import type { TeamView } from "@/lib/portal/teams/schemas";
import { ApiForm } from "./api-form";
import { DeleteApiButton } from "./delete-api-button";

type Props = { api: ApiView; holders: ScopeHolders; affected: AppRef[]; rights: OwnerRights; teams: TeamView[] };

/**
 * The API page's last cards: its settings, its owner (Move to…) and deleting it, each as far as the
 * member's role allows (ARCHITECTURE.md "Teams"); a personal API's owner may do all.
 */
export function ApiOwnerCards({ api, holders, affected, rights, teams }: Props) {
  const { can, role, team } = rights;
  return (
    <>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Settings</h2>
        {!can["apps.write"] && <RightsNote role={role} team={team} action="apps.write" />}
        <ApiForm api={api} holders={holders} readOnly={!can["apps.write"]} />
      </Card>
      {can["ownership.transfer"] && (
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Owner</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {team ? `${team.name} owns this API.` : "You own this API."} Moving it keeps it working as it is.
          </p>
          <MoveOwner kind="api" id={api.id} name={api.name} options={moveTargets(api.owner, teams)} />
        </Card>
      )}
      <Card className="flex flex-col gap-3 border-red-200 dark:border-red-900">
        <h2 className="text-lg font-semibold">Delete this API</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Its scopes stop working for every app at once.</p>
        {can["apps.delete"] ? (
          <DeleteApiButton apiId={api.id} name={api.name} affected={affected} teamId={team?.id} />
        ) : (
          <RightsNote role={role} team={team} action="apps.delete" />
        )}
      </Card>
    </>
  );
}
