import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getConfig } from "@/lib/config/get-config";
import { CONSOLE_CLIENT_ID, consoleClientSecret } from "@/lib/oidc/console-client";
import { getUserById } from "@/lib/users/get-user";
import { nextAuthSecret, setNextAuthUrl } from "./nextauth-secret";

// next-auth signs developers into the console with Ninka as its OpenID Connect provider
// ("Sign in with Ninka"). Sessions are JWTs in a cookie (nothing kept in one process's memory);
// the JWT carries the user id, the ID token (for RP-initiated logout) and the password change
// time it was issued under, which getSessionActor compares to invalidate other browsers.
export const SESSION_MAX_AGE = 12 * 3600;

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
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async jwt({ token, account }) {
        if (account && token.sub) {
          const user = await getUserById(token.sub);
          token.idToken = account.id_token;
          token.pwdAt = user?.passwordChangedAt?.getTime() ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, pwdAt: token.pwdAt };
      },
    },
  };
}
