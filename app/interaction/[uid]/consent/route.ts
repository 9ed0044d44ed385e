import { submitConsent } from "@/lib/interactions/submit-consent";

type Context = { params: Promise<{ uid: string }> };

// The consent form's Allow / Cancel buttons post here; 303 onwards.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  const form = await req.formData();
  const location = await submitConsent(uid, form.get("decision") === "allow");
  return new Response(null, { status: 303, headers: { Location: location } });
}
