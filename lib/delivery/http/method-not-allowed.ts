import { API_OPERATIONS } from "./api-operations";
import { problemResponse } from "./problem-response";

export const HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;

/** The methods API_OPERATIONS declares for one REST path, e.g. "/clients" → GET, POST. */
const allowedMethods = (path: string) =>
  HTTP_METHODS.filter((method) =>
    Object.values(API_OPERATIONS).some((op) => op.path === path && op.method === method.toLowerCase()),
  );

/**
 * The handler for a method a REST path does not serve (apiRoutes gives it to every other method):
 * 405 problem+json with the `Allow` header RFC 9110 §15.5.6 requires, derived from API_OPERATIONS
 * (Next alone sends no Allow).
 */
export function methodNotAllowed(path: string) {
  const methods = allowedMethods(path);
  const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  return async (request: Request): Promise<Response> =>
    problemResponse(405, `${request.method} is not allowed here. Allowed: ${allow}.`, { headers: { allow } });
}
