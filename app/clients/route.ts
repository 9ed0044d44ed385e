import { createClient } from "@/lib/portal/clients/create-client";
import { listClients } from "@/lib/portal/clients/list-clients";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";

export const dynamic = "force-dynamic";

export const GET = apiRoute(API_OPERATIONS.listClients, async (request, actor) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listClients(actor, query), { headers: noStore });
});

export const POST = apiRoute(API_OPERATIONS.createClient, async (request, actor) => {
  const { client, client_secret } = await createClient(actor, await readJsonBody(request));
  return Response.json(
    { ...client, ...(client_secret && { client_secret }) },
    { status: 201, headers: { ...noStore, location: `/clients/${client.client_id}` } },
  );
});

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const PUT = methodNotAllowed("/clients");
export const DELETE = methodNotAllowed("/clients");
export const PATCH = methodNotAllowed("/clients");
