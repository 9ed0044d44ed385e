import { deleteSecret } from "@/lib/portal/client-secrets/delete-secret";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ clientId: string; secretId: string }>(
  API_OPERATIONS.deleteCredential,
  async (_request, actor, { clientId, secretId }) => {
    await deleteSecret(actor, clientId, secretId);
    return new Response(null, { status: 204 });
  },
);

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const GET = methodNotAllowed("/clients/{clientId}/credentials/{secretId}");
export const POST = methodNotAllowed("/clients/{clientId}/credentials/{secretId}");
export const PUT = methodNotAllowed("/clients/{clientId}/credentials/{secretId}");
export const PATCH = methodNotAllowed("/clients/{clientId}/credentials/{secretId}");
