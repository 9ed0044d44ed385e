import { deleteApi } from "@/lib/portal/apis/delete-api";
import { getApi } from "@/lib/portal/apis/get-api";
import { updateApi } from "@/lib/portal/apis/update-api";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  getApi: ({ actor, params }) => getApi(actor, params.apiId),
  updateApi: ({ actor, params, body, query }) => updateApi(actor, params.apiId, body, query),
  deleteApi: ({ actor, params, query }) => deleteApi(actor, params.apiId, query),
});
