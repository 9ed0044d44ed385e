import { CLIENT_IP_HEADER } from "@/lib/net/client-ip";
import { submitLogin } from "@/lib/interactions/submit-login";

type Context = { params: Promise<{ uid: string }> };

// The login form posts here (a plain form under the interaction cookie's path); 303 onwards.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  const form = await req.formData();
  const location = await submitLogin(uid, {
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    ip: req.headers.get(CLIENT_IP_HEADER),
  });
  return new Response(null, { status: 303, headers: { Location: location } });
}
