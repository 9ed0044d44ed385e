import type { KoaContextWithOIDC } from "oidc-provider";
import { findAccountClaims } from "@/lib/kernel/db/hot-path";

type Client = { clientId: string; clientAuthMethod?: string; grantTypeAllowed(type: string): boolean };
type Source = { scopes: Set<string> };

/**
 * Which token requests get a refresh token: any client allowed the refresh_token grant that was
 * granted offline_access, and confidential clients (web apps) also without it. oidc-provider only
 * accepts offline_access together with prompt=consent (OIDC Core §11), which would put the
 * consent screen in front of every sign-in of a web app; a web app's refresh token is useless
 * without its client secret. Without offline_access a refresh token ends with the user's Ninka
 * session (oidc-provider's expiresWithSession), so it is "online" access only.
 */
export async function issueRefreshToken(_ctx: KoaContextWithOIDC, client: Client, source: Source): Promise<boolean> {
  if (!client.grantTypeAllowed("refresh_token")) return false;
  return source.scopes.has("offline_access") || client.clientAuthMethod !== "none";
}

/**
 * Introspection (RFC 7662 §4): only a client that authenticated with a secret or key (not a public
 * client, which proves nothing) learns about a token, and only about tokens issued to itself.
 * Tokens for registered APIs are JWTs the API checks itself (ARCHITECTURE.md "APIs and their
 * permissions"); they are not stored, so introspection never knows them. A token of an account
 * that is disabled or gone is inactive, whenever it was issued (ARCHITECTURE.md "What ends when").
 * Anything else answers { active: false }.
 */
export async function introspectionAllowed(
  _ctx: KoaContextWithOIDC,
  caller: Client,
  token: { clientId?: string; accountId?: string },
): Promise<boolean> {
  if (caller.clientAuthMethod === "none" || token.clientId !== caller.clientId) return false;
  return !token.accountId || Boolean(await findAccountClaims(token.accountId));
}

/** Revocation (RFC 7009 §2.1): a client may revoke only tokens issued to itself. */
export async function revocationAllowed(
  _ctx: KoaContextWithOIDC,
  caller: Client,
  token: { clientId?: string },
): Promise<boolean> {
  return token.clientId === caller.clientId;
}

/**
 * CORS: a browser may call the token, revocation and other endpoints cross-origin only for a public
 * client (a single-page app) or userinfo, and only from an origin of one of the client's redirect
 * URIs. Confidential clients call from their servers and get no CORS at all.
 */
export function clientBasedCors(
  ctx: KoaContextWithOIDC,
  origin: string,
  client: Client & { redirectUris?: readonly string[] },
): boolean {
  if (origin === "null") return false;
  if (ctx.oidc.route !== "userinfo" && client.clientAuthMethod !== "none") return false;
  return (client.redirectUris ?? []).some((uri) => URL.canParse(uri) && new URL(uri).origin === origin);
}
