import { createSecret } from "@/lib/portal/client-secrets/create-secret";
import { deleteAllSecrets } from "@/lib/portal/client-secrets/delete-secret";
import { listSecrets } from "@/lib/portal/client-secrets/list-secrets";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";

export const dynamic = "force-dynamic";
type Params = { clientId: string };

export const GET = apiRoute<Params>(API_OPERATIONS.listCredentials, async (_request, actor, { clientId }) =>
  Response.json(await listSecrets(actor, clientId), { headers: noStore }),
);

export const POST = apiRoute<Params>(API_OPERATIONS.createCredential, async (request, actor, { clientId }) => {
  const body = request.headers.has("content-type") ? await readJsonBody(request) : {};
  return Response.json(await createSecret(actor, clientId, body), { status: 201, headers: noStore });
});

export const DELETE = apiRoute<Params>(API_OPERATIONS.deleteCredentials, async (_request, actor, { clientId }) => {
  await deleteAllSecrets(actor, clientId);
  return new Response(null, { status: 204 });
});

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const PUT = methodNotAllowed("/clients/{clientId}/credentials");
export const PATCH = methodNotAllowed("/clients/{clientId}/credentials");
