import { formRoute } from "@/lib/delivery/http/form-route";
import { submitSecondStep } from "@/lib/provider/sign-in/submit-second-step";

type Context = { params: Promise<{ uid: string }> };

// The second-step form posts here (a plain form under the interaction cookie's path); 303 onwards.
// The body is read with a bound: 413 beyond it, before any code is tried.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  return formRoute(req, async (form) => {
    const location = await submitSecondStep(uid, { code: form.get("code") ?? "" });
    return new Response(null, { status: 303, headers: { Location: location } });
  });
}
