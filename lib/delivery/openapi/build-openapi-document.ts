import { z } from "zod";
import { SESSION_COOKIE_NAME } from "@/lib/delivery/console-session/session-cookie";
import type { ApiOperation } from "@/lib/delivery/http/api-operation";
import { API_OPERATIONS, INPUT_NAMES, OUTPUT_NAMES } from "@/lib/delivery/http/api-operations";
import { MAX_BODY_BYTES } from "@/lib/delivery/http/read-json-body";
import { TOKEN_PREFIX } from "@/lib/portal/personal-access-tokens/token-format";
import { TOKEN_SCOPES } from "@/lib/portal/personal-access-tokens/token-scopes";
import { rolesAllowed, TEAM_ACTIONS, type TeamAction } from "@/lib/kernel/actors/team-permissions";

// The OpenAPI 3.1 description of the REST API, read from API_OPERATIONS (each operation's whole
// contract) and generated from the zod schemas the route handlers and the console use; nothing
// here restates a field, a path or an answer.
const COMPONENT = "#/components/schemas/";
const strip = (schema: Record<string, unknown>) => {
  delete schema.$schema; // components inherit the document's dialect
  delete schema.$id;
  return schema;
};

/** The components (one registry per direction, so schemas refer to each other by $ref) and a $ref maker. */
function components() {
  const registry = (names: [z.ZodType, string][]) => {
    const out = z.registry<{ id: string }>();
    for (const [schema, id] of names) out.add(schema, { id });
    return out;
  };
  const output = registry(OUTPUT_NAMES);
  const input = registry(INPUT_NAMES);
  const generate = (from: typeof output, io: "input" | "output") =>
    z.toJSONSchema(from, { io, unrepresentable: "any", uri: (id) => `${COMPONENT}${id}` }).schemas;
  const all = { ...generate(output, "output"), ...generate(input, "input") };
  const schemas = Object.fromEntries(
    Object.entries(all).map(([id, schema]) => [id, strip(schema as Record<string, unknown>)]),
  );
  const ref = (schema: z.ZodType) => {
    const id = (input.get(schema) ?? output.get(schema))?.id;
    if (!id) throw new Error("An operation's schema has no component name (OUTPUT_NAMES, INPUT_NAMES)");
    return { $ref: `${COMPONENT}${id}` };
  };
  return { schemas, ref };
}

/** Query parameters from a zod object schema (the same one the route parses the query with). */
function queryParameters(schema: z.ZodObject) {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: "input" }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: required.includes(name),
    description,
    schema: property,
  }));
}

const json = (schema: object) => ({ "application/json": { schema } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: `${COMPONENT}Problem` } } },
});

const unauthorized = {
  401: "Missing, invalid, expired or revoked credentials (WWW-Authenticate: Bearer)",
  403: "The token lacks the scope this operation needs",
};
// What every operation with a JSON body may answer (lib/delivery/http/read-json-body.ts).
const badBody = {
  400: "Invalid input; `errors` maps each field to its messages",
  413: `Body over ${MAX_BODY_BYTES / 1024} KB`,
  415: "Body is not application/json",
};

const security = (scope: string) => [{ personalAccessToken: [scope] }, { consoleSession: [] }];
const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));

/** The role a team's operation needs, from the one table of team rights (ARCHITECTURE.md "Teams"). */
function teamRole(action: TeamAction) {
  const { role, label } = TEAM_ACTIONS[action];
  return {
    description: `Needs the ${role} role in the team (${rolesAllowed(action).join(", ")}): ${label}.`,
    "x-team-role": role,
    problems: {
      403: `The token lacks the scope this operation needs, or your role in the team is below ${role} (the problem's \`required_role\` names the role needed)`,
    },
  };
}

/** One operation of API_OPERATIONS as OpenAPI describes it; `ref` names a schema's component. */
function describeOperation(operationId: string, operation: ApiOperation, ref: (schema: z.ZodType) => object) {
  const { path, scope, summary, query, body, success } = operation;
  const team = operation.teamAction && teamRole(operation.teamAction);
  const problems = { ...unauthorized, ...team?.problems, ...(body && badBody), ...operation.problems };
  return {
    operationId,
    summary,
    ...(team && { description: team.description, "x-team-role": team["x-team-role"] }),
    security: security(scope),
    parameters: [...pathParameters(path), ...(query ? queryParameters(query) : [])],
    ...(body && { requestBody: { required: !body.optional, content: json(ref(body.schema)) } }),
    responses: {
      [success.status]: {
        description: success.description,
        ...(success.schema && { content: json(ref(success.schema)) }),
      },
      ...Object.fromEntries(Object.entries(problems).map(([status, description]) => [status, problem(description)])),
    },
  };
}

function paths(ref: (schema: z.ZodType) => object) {
  const out: Record<string, Record<string, object>> = {};
  for (const [operationId, operation] of Object.entries(API_OPERATIONS) as [string, ApiOperation][]) {
    out[operation.path] ??= {};
    out[operation.path]![operation.method] = describeOperation(operationId, operation, ref);
  }
  return out;
}

export function buildOpenApiDocument(serverUrl: string) {
  const { schemas, ref } = components();
  return {
    openapi: "3.1.0",
    info: {
      title: "Ninka client and API administration",
      version: "1.0.0",
      description: `Register OAuth clients and manage their credentials; register APIs, their scopes and which apps may call them machine to machine; teams, their members and invitations. Authenticate with a personal access token (\`Authorization: Bearer ${TOKEN_PREFIX}…\`, created at /console/tokens) or the console session (same origin only). Errors are RFC 9457 problem details.`,
    },
    servers: [{ url: serverUrl }],
    security: security("clients:read"),
    paths: paths(ref),
    components: {
      securitySchemes: {
        personalAccessToken: { type: "http", scheme: "bearer", description: `Scopes: ${TOKEN_SCOPES.join(", ")}` },
        consoleSession: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE_NAME,
          description: "Same-origin requests from the console",
        },
      },
      schemas,
    },
  };
}
