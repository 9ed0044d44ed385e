import { submitSecondStep } from "@/lib/interactions/submit-second-step";

type Context = { params: Promise<{ uid: string }> };

// The second-step form posts here (a plain form under the interaction cookie's path); 303 onwards.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  const form = await req.formData();
  const location = await submitSecondStep(uid, { code: String(form.get("code") ?? "") });
  return new Response(null, { status: 303, headers: { Location: location } });
}
