import { withAuth, type NextMiddlewareWithAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent } from "next/server";
import { nextAuthSecret, REQUEST_PATH_HEADER, setNextAuthUrl } from "@/lib/auth/nextauth-secret";

// Convenience only: sends visitors without a console session to sign in, coming back afterwards.
// The real check is requireSessionActor in lib/, which every protected page and action calls.
// Next 16 names middleware "proxy"; next-auth's withAuth is wrapped (built lazily, since the
// secret comes from the configuration, which `next build` must not read).
let auth: NextMiddlewareWithAuth | undefined;

export function proxy(req: NextRequestWithAuth, ev: NextFetchEvent) {
  if (!auth) {
    setNextAuthUrl();
    auth = withAuth(
      (request) => {
        const headers = new Headers(request.headers);
        headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
        return NextResponse.next({ request: { headers } });
      },
      { secret: nextAuthSecret(), pages: { signIn: "/signin" } },
    ) as NextMiddlewareWithAuth;
  }
  return auth(req, ev);
}

export const config = { matcher: ["/console/:path*", "/account/:path*"] };
