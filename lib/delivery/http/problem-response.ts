import { z } from "zod";
import { TEAM_ROLES } from "@/lib/kernel/actors/team-permissions";
import { errorStatus, type ErrorCode, type FieldErrors } from "@/lib/kernel/errors";

// RFC 9457 problem details, the body of every REST API error (and of the OpenAPI document's Problem).
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional().describe("Validation messages by field"),
  affected_clients: z
    .array(z.object({ client_id: z.string(), client_name: z.string(), scopes: z.array(z.string()) }))
    .optional()
    .describe("409 from PUT or DELETE /apis/{apiId}: the apps holding the scopes it would remove, with those scopes"),
  required_role: z
    .enum(TEAM_ROLES)
    .optional()
    .describe("403 from a team's app, API or operation: the lowest role in the team that may do it"),
  team_apps: z
    .array(z.object({ client_id: z.string(), client_name: z.string() }))
    .optional()
    .describe("409 from DELETE /teams/{teamId}: the apps the team still owns"),
  team_apis: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .optional()
    .describe("409 from DELETE /teams/{teamId}: the APIs the team still owns"),
});
const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problemResponse(
  status: number,
  detail?: string,
  options: { errors?: FieldErrors; headers?: HeadersInit; extensions?: Record<string, unknown> } = {},
): Response {
  const body: z.infer<typeof problemSchema> = {
    ...options.extensions,
    type: "about:blank",
    title: titles[status] ?? "Error",
    status,
    detail,
    errors: options.errors,
  };
  const headers = new Headers(options.headers);
  headers.set("content-type", "application/problem+json");
  headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

export const domainProblem = (
  code: ErrorCode,
  detail: string,
  errors?: FieldErrors,
  extensions?: Record<string, unknown>,
) => problemResponse(errorStatus[code], detail, { errors, extensions });

/**
 * 401 with a Bearer challenge (RFC 6750 §3): `invalid_token` when credentials were presented but
 * not accepted, a bare challenge when there were none.
 */
export function unauthorizedResponse(request: Request): Response {
  const presented = request.headers.has("authorization");
  const challenge = presented ? 'Bearer realm="ninka", error="invalid_token"' : 'Bearer realm="ninka"';
  const detail = presented ? "The access token is invalid, expired or revoked." : "Authentication required.";
  return problemResponse(401, detail, { headers: { "www-authenticate": challenge } });
}
