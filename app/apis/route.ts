import { createApi } from "@/lib/portal/apis/create-api";
import { listApis } from "@/lib/portal/apis/list-apis";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listApis: ({ actor, query }) => listApis(actor, query),
  createApi: ({ actor, body }) => createApi(actor, body),
});
