import { deleteApiClient } from "@/lib/portal/api-clients/delete-api-client";
import { updateApiClient } from "@/lib/portal/api-clients/update-api-client";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  updateApiClient: ({ actor, params, body }) => updateApiClient(actor, params.apiId, params.clientId, body),
  deleteApiClient: ({ actor, params }) => deleteApiClient(actor, params.apiId, params.clientId),
});
