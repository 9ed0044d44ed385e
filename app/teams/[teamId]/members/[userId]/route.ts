import { deleteMember } from "@/lib/portal/teams/delete-member";
import { updateMember } from "@/lib/portal/teams/update-member";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  updateTeamMember: ({ actor, params, body }) => updateMember(actor, params.teamId, params.userId, body),
  deleteTeamMember: ({ actor, params }) => deleteMember(actor, params.teamId, params.userId),
});
