import { listApiClients } from "@/lib/api-clients/list-api-clients";
import { API_OPERATIONS } from "@/lib/http/api-operations";
import { apiRoute, noStore } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ apiId: string }>(API_OPERATIONS.listApiClients, async (_request, actor, { apiId }) =>
  Response.json(await listApiClients(actor, apiId), { headers: noStore }),
);
