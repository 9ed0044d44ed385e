import { deleteClient } from "@/lib/portal/clients/delete-client";
import { getClient } from "@/lib/portal/clients/get-client";
import { updateClient } from "@/lib/portal/clients/update-client";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";

export const dynamic = "force-dynamic";
type Params = { clientId: string };

export const GET = apiRoute<Params>(API_OPERATIONS.getClient, async (_request, actor, { clientId }) =>
  Response.json(await getClient(actor, clientId), { headers: noStore }),
);

export const PUT = apiRoute<Params>(API_OPERATIONS.updateClient, async (request, actor, { clientId }) =>
  Response.json(await updateClient(actor, clientId, await readJsonBody(request)), { headers: noStore }),
);

export const DELETE = apiRoute<Params>(API_OPERATIONS.deleteClient, async (_request, actor, { clientId }) => {
  await deleteClient(actor, clientId);
  return new Response(null, { status: 204 });
});

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const POST = methodNotAllowed("/clients/{clientId}");
export const PATCH = methodNotAllowed("/clients/{clientId}");
