import { jsonRoute } from "@/lib/delivery/http/json-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";
import { submitPasskeySignIn } from "@/lib/provider/sign-in/submit-passkey";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";

type Context = { params: Promise<{ uid: string }> };

// The browser posts the passkey assertion here as JSON; it answers where to go next.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  return jsonRoute(async () => ({
    location: await submitPasskeySignIn(uid, await readJsonBody(req), req.headers.get(CLIENT_IP_HEADER)),
  }));
}
