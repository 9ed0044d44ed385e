import { deleteSecret } from "@/lib/client-secrets/delete-secret";
import { API_OPERATIONS } from "@/lib/http/api-operations";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ clientId: string; secretId: string }>(API_OPERATIONS.deleteCredential, async (_request, actor, { clientId, secretId }) => {
  await deleteSecret(actor, clientId, secretId);
  return new Response(null, { status: 204 });
});
