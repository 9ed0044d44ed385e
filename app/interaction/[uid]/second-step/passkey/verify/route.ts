import { jsonRoute } from "@/lib/delivery/http/json-route";
import { readJsonBody } from "@/lib/delivery/http/read-json-body";
import { submitPasskeySecondStep } from "@/lib/provider/sign-in/submit-passkey";

type Context = { params: Promise<{ uid: string }> };

// The browser posts the second-step passkey assertion here as JSON; it answers where to go next.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  return jsonRoute(async () => ({ location: await submitPasskeySecondStep(uid, await readJsonBody(req)) }));
}
