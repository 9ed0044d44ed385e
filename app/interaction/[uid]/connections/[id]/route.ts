import { flowRedirect, isSecureRequest } from "@/lib/delivery/http/flow-redirect";
import { startFederatedSignIn } from "@/lib/provider/sign-in/federated-sign-in";

type Context = { params: Promise<{ uid: string; id: string }> };

// "Continue with …" on the login page posts here (under the interaction cookie's path); 303 to
// the upstream provider (ARCHITECTURE.md "Federation").
export async function POST(req: Request, { params }: Context) {
  const { uid, id } = await params;
  return flowRedirect(await startFederatedSignIn(uid, id, isSecureRequest(req)));
}
