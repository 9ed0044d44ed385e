import { deleteClient } from "@/lib/portal/clients/delete-client";
import { getClient } from "@/lib/portal/clients/get-client";
import { updateClient } from "@/lib/portal/clients/update-client";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  getClient: ({ actor, params }) => getClient(actor, params.clientId),
  updateClient: ({ actor, params, body }) => updateClient(actor, params.clientId, body),
  deleteClient: ({ actor, params }) => deleteClient(actor, params.clientId),
});
