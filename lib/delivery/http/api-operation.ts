import type { z } from "zod";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import type { TokenScope } from "@/lib/portal/personal-access-tokens/token-scopes";

// The shape of one REST operation's whole contract (lib/delivery/http/api-operations.ts holds
// them): what the route handler (api-route.ts), the 405 answer (method-not-allowed.ts) and the
// OpenAPI document (lib/delivery/openapi/build-openapi-document.ts) read.
export type ApiOperation = {
  method: "get" | "post" | "put" | "delete";
  /** The path as OpenAPI writes it; `{name}` is a path parameter. */
  path: string;
  /** The personal-access-token scope it needs. */
  scope: TokenScope;
  summary: string;
  /** For a team's operation: what it does in the one table of team rights, so the role it needs is documented. */
  teamAction?: TeamAction;
  /** The query the domain function parses (documented as parameters). */
  query?: z.ZodObject;
  /** A JSON body, read by the route (415, 413, 400 as lib/delivery/http/read-json-body.ts says). */
  body?: { schema: z.ZodType; optional?: true };
  /** The answer on success: with a body of `schema`, or none (204). */
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType };
  /** Where what it created lives, from the answer's body (the Location header). */
  location?: (created: never) => string;
  /** The problems it answers besides bad credentials (and bad bodies, which `body` implies). */
  problems?: Record<number, string>;
};

/** The parameters a path template names: "/clients/{clientId}" → { clientId: string }. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name]: string } & PathParams<Rest>
  : unknown;

/** A path template with its parameters filled in (each encoded). */
export const fillPath = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
