import { jsonRoute } from "@/lib/delivery/http/json-route";
import { passkeySecondStepOptions } from "@/lib/provider/sign-in/submit-passkey";

type Context = { params: Promise<{ uid: string }> };

// WebAuthn options for a passkey as the second step after the password.
export async function POST(_req: Request, { params }: Context) {
  const { uid } = await params;
  return jsonRoute(() => passkeySecondStepOptions(uid));
}
