import { getSessionActor } from "@/lib/delivery/console-session/session-user";
import { flowRedirect, isSecureRequest } from "@/lib/delivery/http/flow-redirect";
import { isSameOriginRequest } from "@/lib/kernel/net/same-origin";
import { startFederatedLink } from "@/lib/provider/sign-in/federated-link";

type Context = { params: Promise<{ id: string }> };

// "Link" on /account/security (ARCHITECTURE.md "Federation"): 303 to the upstream provider.
export async function POST(req: Request, { params }: Context) {
  if (!isSameOriginRequest(req)) return new Response("Cross-site request refused.", { status: 403 });
  const actor = await getSessionActor();
  if (!actor) return flowRedirect({ location: "/account/security", cookies: [] });
  const { id } = await params;
  return flowRedirect(await startFederatedLink(actor, id, isSecureRequest(req)));
}
