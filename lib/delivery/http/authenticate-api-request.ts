import type { Actor } from "@/lib/kernel/actors/actor";
import { getSessionActor } from "@/lib/delivery/console-session/session-user";
import { DomainError } from "@/lib/kernel/errors";
import { isSameOriginRequest } from "@/lib/kernel/net/same-origin";
import { authenticateBearer } from "@/lib/portal/personal-access-tokens/authenticate-bearer";
import { requireScope, type TokenScope } from "@/lib/portal/personal-access-tokens/token-scopes";

/**
 * The actor of a REST API request: a personal access token holding `scope`, or the console's
 * session cookie on a same-origin request (lib/kernel/net/same-origin.ts: what makes the cookie safe to
 * accept).
 */
export async function authenticateApiRequest(request: Request, scope: TokenScope): Promise<Actor> {
  if (request.headers.has("authorization")) {
    const actor = await authenticateBearer(request);
    if (!actor) throw new DomainError("UNAUTHENTICATED", "The access token is invalid, expired or revoked.");
    requireScope(actor, scope);
    return actor;
  }
  if (!isSameOriginRequest(request)) throw new DomainError("UNAUTHENTICATED", "Authentication required.");
  const actor = await getSessionActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Authentication required.");
  return actor;
}
