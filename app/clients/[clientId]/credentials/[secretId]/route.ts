import { deleteSecret } from "@/lib/portal/client-secrets/delete-secret";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  deleteCredential: ({ actor, params }) => deleteSecret(actor, params.clientId, params.secretId),
});
