import { listClientEvents } from "@/lib/kernel/audit/list-client-events";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { apiRoute, noStore } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ clientId: string }>(
  API_OPERATIONS.listClientEvents,
  async (request, actor, { clientId }) =>
    Response.json(await listClientEvents(actor, clientId, Object.fromEntries(new URL(request.url).searchParams)), {
      headers: noStore,
    }),
);
