import { listApiClients } from "@/lib/portal/api-clients/list-api-clients";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { methodNotAllowed } from "@/lib/delivery/http/method-not-allowed";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ apiId: string }>(API_OPERATIONS.listApiClients, async (_request, actor, { apiId }) =>
  Response.json(await listApiClients(actor, apiId), { headers: noStore }),
);

// Methods this path does not serve: 405 with Allow (lib/delivery/http/method-not-allowed.ts).
export const POST = methodNotAllowed("/apis/{apiId}/clients");
export const PUT = methodNotAllowed("/apis/{apiId}/clients");
export const DELETE = methodNotAllowed("/apis/{apiId}/clients");
export const PATCH = methodNotAllowed("/apis/{apiId}/clients");
