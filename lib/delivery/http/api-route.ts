import type { Actor } from "@/lib/kernel/actors/actor";
import { isDomainError } from "@/lib/kernel/errors";
import { describeError, log } from "@/lib/kernel/log";
import type { ApiOperation, PathParams } from "./api-operation";
import { API_OPERATIONS, type ApiOperationId } from "./api-operations";
import { authenticateApiRequest } from "./authenticate-api-request";
import { HTTP_METHODS, methodNotAllowed } from "./method-not-allowed";
import { domainProblem, problemResponse, unauthorizedResponse } from "./problem-response";
import { readJsonBody } from "./read-json-body";

type Context = { params: Promise<Record<string, string>> };
type RouteHandler = (request: Request, context: Context) => Promise<Response>;

/** What a handler gets: the caller, the path's parameters, the query and (if the operation takes one) the body. */
type ApiCall<P> = { request: Request; actor: Actor; params: P; query: Record<string, string>; body: unknown };
/** Runs the domain function; returns the answer's body (nothing for a 204). */
export type ApiHandler<P> = (call: ApiCall<P>) => Promise<unknown>;

const noStore = { "cache-control": "no-store" };

/**
 * The route handler of one operation of API_OPERATIONS, which says everything but the domain call:
 * authenticates with the operation's personal-access-token scope (or the console session), reads
 * its JSON body, runs the handler, and answers with the operation's status (and Location); maps
 * DomainErrors to application/problem+json. Anything else is a bug: logged, answered 500 without
 * details.
 */
function apiRoute<P>(operation: ApiOperation, handler: ApiHandler<P>): RouteHandler {
  const { scope, body, success, location } = operation;
  return async (request, context) => {
    try {
      const actor = await authenticateApiRequest(request, scope);
      const payload =
        body && (body.optional && !request.headers.has("content-type") ? {} : await readJsonBody(request));
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const params = (await context.params) as P;
      const result = await handler({ request, actor, params, query, body: payload });
      if (success.status === 204) return new Response(null, { status: 204 });
      const where = location && { location: location(result as never) };
      return Response.json(result, { status: success.status, headers: { ...noStore, ...where } });
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

type Operations = typeof API_OPERATIONS;

/**
 * Every method of one REST path, for a route file to export: the handlers of the operations named
 * (all on one path), and 405 with `Allow` for the rest. The path and methods come from the entries.
 */
export function apiRoutes<Id extends ApiOperationId>(handlers: {
  [K in Id]: ApiHandler<PathParams<Operations[K]["path"]>>;
}): Record<(typeof HTTP_METHODS)[number], RouteHandler> {
  const ids = Object.keys(handlers) as Id[];
  const paths = new Set(ids.map((id) => API_OPERATIONS[id].path));
  if (paths.size !== 1) throw new Error(`apiRoutes: operations of one path only, not ${[...paths].join(", ")}`);
  const refuse = methodNotAllowed([...paths][0]!);
  const served = new Map(
    ids.map((id) => [API_OPERATIONS[id].method.toUpperCase(), apiRoute(API_OPERATIONS[id], handlers[id])]),
  );
  return Object.fromEntries(HTTP_METHODS.map((method) => [method, served.get(method) ?? refuse])) as Record<
    (typeof HTTP_METHODS)[number],
    RouteHandler
  >;
}
