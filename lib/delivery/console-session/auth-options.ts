import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/kernel/config/get-config";
import { CONSOLE_CLIENT_ID, consoleClientSecret } from "@/lib/provider/oidc/console-client";
import { findSignInSession } from "@/lib/accounts/sessions/get-console-session";
import { PROVIDER_SESSION_COOKIE } from "@/lib/oauth-core/upstream/oidc-provider-internals";
import { nextAuthSecret, setNextAuthUrl } from "./nextauth-secret";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

// next-auth signs developers into the console with Ninka as its OpenID Connect provider
// ("Sign in with Ninka"). Sessions are JWTs in a cookie (nothing kept in one process's memory);
// the JWT carries the user id, the ID token (for RP-initiated logout) and the uid of the Ninka
// session it came from: getSessionActor accepts it only while that session lives, so whatever ends
// the Ninka session ends the console session too (ARCHITECTURE.md "What ends when").
type NinkaProfile = { sub: string; name?: string; email?: string };

/** Options for next-auth, built at first use (never at import: `next build` imports modules). */
export function getAuthOptions(): AuthOptions {
  const config = getConfig();
  setNextAuthUrl();
  const ninka: OAuthConfig<NinkaProfile> = {
    id: "ninka",
    name: "Ninka",
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: CONSOLE_CLIENT_ID,
    clientSecret: consoleClientSecret(config),
    authorization: { params: { scope: "openid profile email" } },
    checks: ["pkce", "state"],
    idToken: true,
    // oidc-provider puts only `sub` in the ID token when it also issues an access token.
    userinfo: { request: ({ client, tokens }) => client.userinfo(tokens.access_token!) as Promise<NinkaProfile> },
    profile: (profile) => ({ id: profile.sub, name: profile.name ?? null, email: profile.email ?? null }),
  };
  return {
    secret: nextAuthSecret(),
    providers: [ninka],
    session: { strategy: "jwt", maxAge: LIFETIMES.consoleSession },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async jwt({ token, account }) {
        if (account && token.sub) {
          // The callback request carries the browser's provider session cookie: the session that
          // just signed this account in.
          const sessionId = (await cookies()).get(PROVIDER_SESSION_COOKIE)?.value;
          const session = sessionId ? await findSignInSession(sessionId, token.sub) : null;
          token.idToken = account.id_token;
          token.sid = session?.uid;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sid: token.sid };
      },
    },
  };
}
