import { updateClientOwner } from "@/lib/portal/clients/update-client-owner";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  updateClientOwner: ({ actor, params, body }) => updateClientOwner(actor, params.clientId, body),
});
