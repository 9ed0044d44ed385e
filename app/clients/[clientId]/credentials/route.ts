import { createCredential } from "@/lib/credentials/create-credential";
import { deleteCredentials } from "@/lib/credentials/delete-credential";
import { listCredentials } from "@/lib/credentials/list-credentials";
import { apiRoute, noStore } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";
type Params = { clientId: string };

export const GET = apiRoute<Params>(async (_request, actor, { clientId }) =>
  Response.json(await listCredentials(actor, clientId), { headers: noStore }),
);

export const POST = apiRoute<Params>(async (request, actor, { clientId }) => {
  const body = request.headers.has("content-type") ? await readJsonBody(request) : {};
  return Response.json(await createCredential(actor, clientId, body), { status: 201, headers: noStore });
});

export const DELETE = apiRoute<Params>(async (_request, actor, { clientId }) => {
  await deleteCredentials(actor, clientId);
  return new Response(null, { status: 204 });
});
