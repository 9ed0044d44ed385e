import { getClientUsage } from "@/lib/portal/insights/get-client-usage";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  getClientUsage: ({ actor, params, query }) => getClientUsage(actor, params.clientId, query),
});
