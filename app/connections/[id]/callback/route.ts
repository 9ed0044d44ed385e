import { cookies } from "next/headers";
import { flowRedirect, isSecureRequest } from "@/lib/delivery/http/flow-redirect";
import { FEDERATION_STATE_COOKIE } from "@/lib/provider/sign-in/federation-cookies";
import { handleConnectionCallback } from "@/lib/provider/sign-in/federated-sign-in";

type Context = { params: Promise<{ id: string }> };

// The redirect URI registered upstream for connection `id` (ARCHITECTURE.md "Federation").
export async function GET(req: Request, { params }: Context) {
  const { id } = await params;
  const state = (await cookies()).get(FEDERATION_STATE_COOKIE)?.value;
  const query = new URL(req.url).searchParams;
  return flowRedirect(await handleConnectionCallback(id, query, state, isSecureRequest(req)));
}
