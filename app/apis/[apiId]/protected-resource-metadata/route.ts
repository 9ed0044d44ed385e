import { getProtectedResourceMetadata } from "@/lib/portal/apis/protected-resource-metadata";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  getProtectedResourceMetadata: ({ actor, params }) => getProtectedResourceMetadata(actor, params.apiId),
});
