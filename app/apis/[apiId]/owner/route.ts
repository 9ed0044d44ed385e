import { updateApiOwner } from "@/lib/portal/apis/update-api-owner";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  updateApiOwner: ({ actor, params, body }) => updateApiOwner(actor, params.apiId, body),
});
