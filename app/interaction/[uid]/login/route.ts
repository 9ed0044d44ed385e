import { formRoute } from "@/lib/delivery/http/form-route";
import { clearedLoginEmailCookies, loginEmailCookie } from "@/lib/provider/sign-in/login-email-cookie";
import { submitLogin } from "@/lib/provider/sign-in/submit-login";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";

type Context = { params: Promise<{ uid: string }> };

// The login form posts here (a plain form under the interaction cookie's path); 303 onwards.
// The body is read with a bound: 413 beyond it, before any password is looked at.
export async function POST(req: Request, { params }: Context) {
  const { uid } = await params;
  return formRoute(req, async (form) => {
    const { location, email } = await submitLogin(uid, {
      email: form.get("email") ?? "",
      password: form.get("password") ?? "",
      ip: req.headers.get(CLIENT_IP_HEADER),
    });
    const headers = new Headers({ Location: location });
    const secure = new URL(req.url).protocol === "https:";
    if (email !== undefined) headers.append("Set-Cookie", loginEmailCookie(uid, email, secure));
    else for (const cookie of clearedLoginEmailCookies(uid, secure)) headers.append("Set-Cookie", cookie);
    return new Response(null, { status: 303, headers });
  });
}
