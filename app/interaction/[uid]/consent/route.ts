import { formRoute } from "@/lib/delivery/http/form-route";
import { submitConsent } from "@/lib/provider/sign-in/submit-consent";

type Context = { params: Promise<{ uid: string }> };

// The consent form's Allow / Cancel buttons post here; 303 onwards. The body is read with a
// bound: 413 beyond it, before anything is decided.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  return formRoute(req, async (form) => {
    const location = await submitConsent(uid, form.get("decision") === "allow");
    return new Response(null, { status: 303, headers: { Location: location } });
  });
}
