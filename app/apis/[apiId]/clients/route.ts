import { listApiClients } from "@/lib/portal/api-clients/list-api-clients";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listApiClients: ({ actor, params }) => listApiClients(actor, params.apiId),
});
