import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/delivery/console-session/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's endpoints (sign-in with Ninka, callback, session, CSRF). Options are built per
// request, never at import (`next build` imports this file).
const handler = (req: Request, context: Context) => NextAuth(getAuthOptions())(req, context);

export { handler as GET, handler as POST };
