import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { getConfig } from "@/lib/kernel/config/get-config";
import { CONSOLE_CLIENT_ID } from "@/lib/provider/oidc/console-client";
import { nextAuthSecret } from "./nextauth-secret";
import { isSessionCookie } from "./session-cookie";

/**
 * Ends the console session (next-auth's cookies) and returns the URL that ends the Ninka session
 * too: RP-initiated logout at /oauth/logout, which comes back to NINKA_URL.
 */
export async function signOut(req: NextRequest): Promise<string> {
  const config = getConfig();
  const token = await getToken({ req, secret: nextAuthSecret() });
  await clearConsoleSessionCookies();
  const url = new URL(`${config.issuer}/logout`);
  url.searchParams.set("client_id", CONSOLE_CLIENT_ID);
  url.searchParams.set("post_logout_redirect_uri", `${config.NINKA_URL}/`);
  if (typeof token?.idToken === "string") url.searchParams.set("id_token_hint", token.idToken);
  return url.toString();
}

/**
 * Removes next-auth's cookies from this browser (in a route handler or a server action). Alone, for
 * an account just deleted: its Ninka sessions ended with it (ARCHITECTURE.md "What ends when").
 */
export async function clearConsoleSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (isSessionCookie(name)) jar.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  }
}
