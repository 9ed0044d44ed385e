import { jsonRoute } from "@/lib/delivery/http/json-route";
import { passkeySignInOptions } from "@/lib/provider/sign-in/submit-passkey";

type Context = { params: Promise<{ uid: string }> };

// WebAuthn options for signing in with a passkey alone (ARCHITECTURE.md "Passkeys").
export async function POST(_req: Request, { params }: Context) {
  const { uid } = await params;
  return jsonRoute(() => passkeySignInOptions(uid));
}
