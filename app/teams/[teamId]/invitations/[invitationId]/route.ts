import { deleteInvitation } from "@/lib/portal/teams/delete-invitation";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  deleteTeamInvitation: ({ actor, params }) => deleteInvitation(actor, params.teamId, params.invitationId),
});
