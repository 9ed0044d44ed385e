import { getClientUsage } from "@/lib/portal/insights/get-client-usage";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ clientId: string }>(API_OPERATIONS.getClientUsage, async (request, actor, { clientId }) =>
  Response.json(await getClientUsage(actor, clientId, Object.fromEntries(new URL(request.url).searchParams)), {
    headers: noStore,
  }),
);
