import { deleteClient } from "@/lib/clients/delete-client";
import { getClient } from "@/lib/clients/get-client";
import { updateClient } from "@/lib/clients/update-client";
import { apiRoute, noStore } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";
type Params = { clientId: string };

export const GET = apiRoute<Params>(async (_request, actor, { clientId }) =>
  Response.json(await getClient(actor, clientId), { headers: noStore }),
);

export const PUT = apiRoute<Params>(async (request, actor, { clientId }) =>
  Response.json(await updateClient(actor, clientId, await readJsonBody(request)), { headers: noStore }),
);

export const DELETE = apiRoute<Params>(async (_request, actor, { clientId }) => {
  await deleteClient(actor, clientId);
  return new Response(null, { status: 204 });
});
