// Who am I: the user and scopes of the personal access token in `Authorization: Bearer`.
import { unauthorizedResponse } from "@/lib/delivery/http/problem-response";
import { authenticateBearer } from "@/lib/portal/personal-access-tokens/authenticate-bearer";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await authenticateBearer(request);
  if (!actor) return unauthorizedResponse(request);
  const { id, email, name, tokenScopes = [] } = actor;
  return Response.json({ id, email, name, scopes: tokenScopes }, { headers: { "cache-control": "no-store" } });
}
