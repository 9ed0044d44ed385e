import { createSecret } from "@/lib/portal/client-secrets/create-secret";
import { deleteAllSecrets } from "@/lib/portal/client-secrets/delete-secret";
import { listSecrets } from "@/lib/portal/client-secrets/list-secrets";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  listCredentials: ({ actor, params }) => listSecrets(actor, params.clientId),
  createCredential: ({ actor, params, body }) => createSecret(actor, params.clientId, body),
  deleteCredentials: ({ actor, params }) => deleteAllSecrets(actor, params.clientId),
});
