import type { Actor } from "@/lib/kernel/actors/actor";
import { isDomainError } from "@/lib/kernel/errors";
import { describeError, log } from "@/lib/kernel/log";
import type { ApiOperation } from "./api-operations";
import { authenticateApiRequest } from "./authenticate-api-request";
import { domainProblem, problemResponse, unauthorizedResponse } from "./problem-response";

type Context<P> = { params: Promise<P> };
type Handler<P> = (request: Request, actor: Actor, params: P) => Promise<Response>;

/**
 * A REST route handler for one of API_OPERATIONS: authenticates with the personal-access-token
 * scope the operation declares (or the console session), runs the handler, and maps DomainErrors to application/problem+json.
 * Anything else is a bug: logged, answered 500 without details.
 */
export function apiRoute<P = Record<string, never>>({ scope }: ApiOperation, handler: Handler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const actor = await authenticateApiRequest(request, scope);
      return await handler(request, actor, await context.params);
    } catch (error) {
      if (isDomainError(error)) {
        if (error.code === "UNAUTHENTICATED") return unauthorizedResponse(request);
        return domainProblem(error.code, error.message, error.fieldErrors, error.extensions);
      }
      log.error("API request failed", {
        method: request.method,
        path: new URL(request.url).pathname,
        error: describeError(error),
      });
      return problemResponse(500, "Something went wrong on our side.");
    }
  };
}

export const noStore = { "cache-control": "no-store" };
