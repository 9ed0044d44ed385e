import { cookies, headers } from "next/headers";
import { encode, getToken } from "next-auth/jwt";
import { getConfig } from "@/lib/config/get-config";
import { SESSION_MAX_AGE } from "./auth-options";
import { nextAuthSecret } from "./nextauth-secret";
import { sessionCookieName } from "./session-cookie";

/**
 * Re-issues this browser's console session under a new password change time, so that changing the
 * password signs out the other browsers but not the one that changed it.
 */
export async function refreshSessionAfterPasswordChange(passwordChangedAt: Date): Promise<void> {
  const jar = await cookies();
  const secure = getConfig().NINKA_URL.startsWith("https://");
  const secret = nextAuthSecret();
  const req = { headers: Object.fromEntries(await headers()), cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])) };
  const token = await getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret, secureCookie: secure });
  if (!token) return;
  const value = await encode({ token: { ...token, pwdAt: passwordChangedAt.getTime() }, secret, maxAge: SESSION_MAX_AGE });
  jar.set(sessionCookieName(secure), value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE });
}
