import { acceptInvitation } from "@/lib/portal/teams/accept-invitation";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  acceptTeamInvitation: ({ actor, body }) => acceptInvitation(actor, body),
});
