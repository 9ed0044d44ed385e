import { deleteCredential } from "@/lib/credentials/delete-credential";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ clientId: string; secretId: string }>(async (_request, actor, { clientId, secretId }) => {
  await deleteCredential(actor, clientId, secretId);
  return new Response(null, { status: 204 });
});
