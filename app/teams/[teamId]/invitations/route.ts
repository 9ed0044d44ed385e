import { createInvitation } from "@/lib/portal/teams/create-invitation";
import { listInvitations } from "@/lib/portal/teams/list-invitations";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listTeamInvitations: ({ actor, params }) => listInvitations(actor, params.teamId),
  createTeamInvitation: ({ actor, params, body }) => createInvitation(actor, params.teamId, body),
});
