import { listTeamEvents } from "@/lib/portal/teams/list-team-events";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listTeamEvents: ({ actor, params, query }) => listTeamEvents(actor, params.teamId, query),
});
