import { createApi } from "@/lib/portal/apis/create-api";
import { listApis } from "@/lib/portal/apis/list-apis";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";

export const dynamic = "force-dynamic";

export const GET = apiRoute(API_OPERATIONS.listApis, async (request, actor) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listApis(actor, query), { headers: noStore });
});

export const POST = apiRoute(API_OPERATIONS.createApi, async (request, actor) => {
  const api = await createApi(actor, await readJsonBody(request));
  return Response.json(api, { status: 201, headers: { ...noStore, location: `/apis/${api.id}` } });
});

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const PUT = methodNotAllowed("/apis");
export const DELETE = methodNotAllowed("/apis");
export const PATCH = methodNotAllowed("/apis");
