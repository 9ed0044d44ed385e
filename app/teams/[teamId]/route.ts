import { deleteTeam } from "@/lib/portal/teams/delete-team";
import { getTeam } from "@/lib/portal/teams/get-team";
import { updateTeam } from "@/lib/portal/teams/update-team";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  getTeam: ({ actor, params }) => getTeam(actor, params.teamId),
  updateTeam: ({ actor, params, body }) => updateTeam(actor, params.teamId, body),
  deleteTeam: ({ actor, params }) => deleteTeam(actor, params.teamId),
});
