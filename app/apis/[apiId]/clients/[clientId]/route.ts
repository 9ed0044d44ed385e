import { deleteApiClient } from "@/lib/portal/api-clients/delete-api-client";
import { updateApiClient } from "@/lib/portal/api-clients/update-api-client";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";

export const dynamic = "force-dynamic";
type Params = { apiId: string; clientId: string };

export const PUT = apiRoute<Params>(API_OPERATIONS.updateApiClient, async (request, actor, { apiId, clientId }) =>
  Response.json(await updateApiClient(actor, apiId, clientId, await readJsonBody(request)), { headers: noStore }),
);

export const DELETE = apiRoute<Params>(API_OPERATIONS.deleteApiClient, async (_request, actor, { apiId, clientId }) => {
  await deleteApiClient(actor, apiId, clientId);
  return new Response(null, { status: 204 });
});

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const GET = methodNotAllowed("/apis/{apiId}/clients/{clientId}");
export const POST = methodNotAllowed("/apis/{apiId}/clients/{clientId}");
export const PATCH = methodNotAllowed("/apis/{apiId}/clients/{clientId}");
