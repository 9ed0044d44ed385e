import { cookies } from "next/headers";
import { flowRedirect, isSecureRequest } from "@/lib/delivery/http/flow-redirect";
import { FEDERATION_RESULT_COOKIE } from "@/lib/provider/sign-in/federation-cookies";
import { finishFederatedSignIn } from "@/lib/provider/sign-in/federated-sign-in";

type Context = { params: Promise<{ uid: string }> };

// After the upstream's callback: finishes the login of interaction `uid` (ARCHITECTURE.md "Federation").
export async function GET(req: Request, { params }: Context) {
  const { uid } = await params;
  const result = (await cookies()).get(FEDERATION_RESULT_COOKIE)?.value;
  return flowRedirect(await finishFederatedSignIn(uid, result, isSecureRequest(req)));
}
