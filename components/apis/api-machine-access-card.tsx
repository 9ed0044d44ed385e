import { RightsNote } from "@/components/teams/rights-note";
import { Card } from "@/components/ui/card";
import type { ApiClient } from "@/lib/portal/api-clients/schemas";
import type { ApiView } from "@/lib/portal/apis/schemas";
import type { OwnerRights } from "@/lib/kernel/actors/team-permissions";
import { ApiClientApprovals } from "./api-client-approvals";

/** The apps calling the API as themselves, approved by its owner (a team's admins and owners). */
export function ApiMachineAccessCard({
  api,
  clients,
  rights,
}: {
  api: ApiView;
  clients: ApiClient[];
  rights: OwnerRights;
}) {
  const approves = rights.can["api-access.approve"];
  return (
    <Card className="flex flex-col gap-4">
      <h2 id="machine-access" className="scroll-mt-4 text-lg font-semibold">
        Machine-to-machine access
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Apps that call this API as themselves (client credentials) get tokens only for the scopes you approve.
      </p>
      {!approves && <RightsNote role={rights.role} team={rights.team} action="api-access.approve" />}
      <ApiClientApprovals apiId={api.id} clients={clients} scopes={api.scopes} readOnly={!approves} />
    </Card>
  );
}
