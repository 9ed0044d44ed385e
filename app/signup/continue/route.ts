import { formRoute } from "@/lib/delivery/http/form-route";
import { isSameOriginRequest } from "@/lib/kernel/net/same-origin";
import { loginEmailCookie } from "@/lib/provider/sign-in/login-email-cookie";
import { signInAfterSignUp } from "@/lib/provider/sign-in/submit-sign-up";

// "Continue to sign in" after creating an account: 303 to the sign-in, carrying the address just
// typed in the login email cookie (not the URL), so the person types only the password. A form
// post, not the sign-up action: a cookie set by a server action re-renders the page, and an
// invitation's page would then say its link was used instead of "your account is ready".
export async function POST(req: Request) {
  return formRoute(req, async (form) => {
    const uid = form.get("interaction") || null;
    const headers = new Headers({ Location: signInAfterSignUp(uid) });
    const email = (form.get("email") ?? "").trim().toLowerCase();
    // Another site may not choose the address this browser's sign-in shows.
    if (email && isSameOriginRequest(req))
      headers.append("Set-Cookie", loginEmailCookie(uid, email, new URL(req.url).protocol === "https:"));
    return new Response(null, { status: 303, headers });
  });
}
