import { createClient } from "@/lib/portal/clients/create-client";
import { listClients } from "@/lib/portal/clients/list-clients";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listClients: ({ actor, query }) => listClients(actor, query),
  createClient: async ({ actor, body }) => {
    const { client, client_secret } = await createClient(actor, body);
    return { ...client, ...(client_secret && { client_secret }) };
  },
});
