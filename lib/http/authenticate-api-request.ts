import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session-user";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors";
import { authenticateBearer } from "@/lib/tokens/authenticate-bearer";
import { requireScope, type TokenScope } from "@/lib/tokens/token-scopes";

/**
 * The actor of a REST API request: a personal access token holding `scope`, or the console's
 * session cookie on a same-origin request. The origin check is what makes the cookie safe to
 * accept (no cross-site request forgery): browsers send Origin on every unsafe method and
 * Sec-Fetch-Site on every request.
 */
export async function authenticateApiRequest(request: Request, scope: TokenScope): Promise<Actor> {
  if (request.headers.has("authorization")) {
    const actor = await authenticateBearer(request);
    if (!actor) throw new DomainError("UNAUTHENTICATED", "The access token is invalid, expired or revoked.");
    requireScope(actor, scope);
    return actor;
  }
  if (!isSameOrigin(request)) throw new DomainError("UNAUTHENTICATED", "Authentication required.");
  const actor = await getSessionActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Authentication required.");
  return actor;
}

function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (origin) return origin === getConfig().NINKA_URL;
  // No Origin: only safe methods from same-origin navigation or fetch.
  return request.method === "GET" && site === "same-origin";
}
