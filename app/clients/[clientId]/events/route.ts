import { listClientEvents } from "@/lib/kernel/audit/list-client-events";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listClientEvents: ({ actor, params, query }) => listClientEvents(actor, params.clientId, query),
});
