import type { NextRequest } from "next/server";
import { signOut } from "@/lib/delivery/console-session/sign-out";
import { isSameOriginRequest } from "@/lib/kernel/net/same-origin";

// The console's "Sign out" form: ends the console session, then Ninka's (RP-initiated logout).
export async function POST(req: NextRequest) {
  if (!isSameOriginRequest(req)) return new Response("Cross-site sign-out refused.", { status: 403 });
  return new Response(null, { status: 303, headers: { Location: await signOut(req) } });
}
