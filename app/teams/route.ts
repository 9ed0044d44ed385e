import { createTeam } from "@/lib/portal/teams/create-team";
import { listTeams } from "@/lib/portal/teams/list-teams";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listTeams: ({ actor, query }) => listTeams(actor, query),
  createTeam: ({ actor, body }) => createTeam(actor, body),
});
