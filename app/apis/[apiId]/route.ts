import { deleteApi } from "@/lib/portal/apis/delete-api";
import { getApi } from "@/lib/portal/apis/get-api";
import { updateApi } from "@/lib/portal/apis/update-api";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";

export const dynamic = "force-dynamic";
type Params = { apiId: string };

export const GET = apiRoute<Params>(API_OPERATIONS.getApi, async (_request, actor, { apiId }) =>
  Response.json(await getApi(actor, apiId), { headers: noStore }),
);

export const PUT = apiRoute<Params>(API_OPERATIONS.updateApi, async (request, actor, { apiId }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await updateApi(actor, apiId, await readJsonBody(request), query), { headers: noStore });
});

export const DELETE = apiRoute<Params>(API_OPERATIONS.deleteApi, async (request, actor, { apiId }) => {
  await deleteApi(actor, apiId, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(null, { status: 204 });
});

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const POST = methodNotAllowed("/apis/{apiId}");
export const PATCH = methodNotAllowed("/apis/{apiId}");
