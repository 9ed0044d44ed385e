import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { nextAuthSecret, REQUEST_PATH_HEADER, setNextAuthUrl } from "@/lib/delivery/console-session/nextauth-secret";
import { contentSecurityPolicy, createNonce, securityContext } from "@/lib/kernel/net/security-headers";

// Runs before every page and route handler (Next 16 names middleware "proxy"):
// - The Content-Security-Policy with a fresh nonce (ARCHITECTURE.md "Security headers"). Next.js
//   reads the nonce from the policy on the request and puts it on its own scripts, which is why
//   every page renders per request (app/layout.tsx).
// - For the console and the account pages, a convenience redirect to sign in for visitors without
//   a session. The real check is requireSessionActor in lib/, which every protected page and action
//   calls. next-auth's withAuth is built lazily: its secret comes from the configuration, which
//   `next build` must not read.
type Guard = (req: NextRequestWithAuth, ev: NextFetchEvent) => Promise<Response | undefined>;
let guard: Guard | undefined;

const PROTECTED = /^\/(console|account)(\/|$)/;

export async function proxy(req: NextRequest, ev: NextFetchEvent) {
  const policy = contentSecurityPolicy(securityContext(), { nonce: createNonce() });
  const signIn = PROTECTED.test(req.nextUrl.pathname) ? await signInGuard()(req as NextRequestWithAuth, ev) : undefined;
  const response = signIn ?? forward(req, policy);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function signInGuard(): Guard {
  if (!guard) {
    setNextAuthUrl();
    // Without a callback, withAuth answers a redirect to sign in, or nothing when signed in.
    guard = withAuth({ secret: nextAuthSecret(), pages: { signIn: "/signin" } }) as unknown as Guard;
  }
  return guard;
}

function forward(req: NextRequest, policy: string) {
  const headers = new Headers(req.headers);
  headers.set("Content-Security-Policy", policy);
  headers.set(REQUEST_PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

// Everything but Next.js's static files (scripts and styles do not need a policy of their own).
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
