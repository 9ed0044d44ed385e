import { z } from "zod";
import { apiClientListSchema, apiClientSchema, approveScopesSchema } from "@/lib/portal/api-clients/schemas";
import {
  apiInputSchema,
  apiListSchema,
  apiViewSchema,
  listApisQuerySchema,
  confirmRemovalQuerySchema,
} from "@/lib/portal/apis/schemas";
import { SESSION_COOKIE_NAME } from "@/lib/delivery/console-session/session-cookie";
import {
  clientInputSchema,
  clientListSchema,
  clientViewSchema,
  createdClientSchema,
  listClientsQuerySchema,
} from "@/lib/portal/clients/schemas";
import { API_OPERATIONS, type ApiOperationId } from "@/lib/delivery/http/api-operations";
import { problemSchema } from "@/lib/delivery/http/problem-response";
import { MAX_BODY_BYTES } from "@/lib/delivery/http/read-json-body";
import { createSecretSchema, createdSecretSchema, secretListSchema } from "@/lib/portal/client-secrets/schemas";
import { auditEventListSchema, listEventsQuerySchema } from "@/lib/kernel/audit/schemas";
import { usageQuerySchema, usageSeriesSchema } from "@/lib/portal/insights/schemas";
import { TOKEN_PREFIX } from "@/lib/portal/personal-access-tokens/token-format";
import { TOKEN_SCOPES } from "@/lib/portal/personal-access-tokens/token-scopes";

// The OpenAPI 3.1 description of the REST API. Every schema in it, parameters included, is
// generated from the zod schemas the route handlers and the console use (one registry, so schemas
// refer to each other by $ref); nothing here restates a field.
const COMPONENT = "#/components/schemas/";
const strip = (schema: Record<string, unknown>) => {
  delete schema.$schema; // components inherit the document's dialect
  delete schema.$id;
  return schema;
};

function componentSchemas() {
  const output = z.registry<{ id: string }>();
  output.add(clientViewSchema, { id: "Client" });
  output.add(createdClientSchema, { id: "CreatedClient" });
  output.add(clientListSchema, { id: "ClientList" });
  output.add(secretListSchema, { id: "Credentials" });
  output.add(createdSecretSchema, { id: "CreatedSecret" });
  output.add(apiViewSchema, { id: "Api" });
  output.add(apiListSchema, { id: "ApiList" });
  output.add(apiClientSchema, { id: "ApiClient" });
  output.add(apiClientListSchema, { id: "ApiClientList" });
  output.add(usageSeriesSchema, { id: "ClientUsage" });
  output.add(auditEventListSchema, { id: "AuditEventList" });
  output.add(problemSchema, { id: "Problem" });
  const input = z.registry<{ id: string }>();
  input.add(clientInputSchema, { id: "ClientInput" });
  input.add(createSecretSchema, { id: "CreateCredentialInput" });
  input.add(apiInputSchema, { id: "ApiInput" });
  input.add(approveScopesSchema, { id: "ApproveScopesInput" });
  const generate = (registry: typeof output, io: "input" | "output") =>
    z.toJSONSchema(registry, { io, unrepresentable: "any", uri: (id) => `${COMPONENT}${id}` }).schemas;
  const all = { ...generate(output, "output"), ...generate(input, "input") };
  return Object.fromEntries(Object.entries(all).map(([id, schema]) => [id, strip(schema as Record<string, unknown>)]));
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

const ref = (name: string) => ({ $ref: `${COMPONENT}${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const ok = (description: string, schema?: string) => ({ description, ...(schema && { content: json(ref(schema)) }) });
const body = (schema: string, required = true) => ({ required, content: json(ref(schema)) });

const unauthorized = {
  "401": problem("Missing, invalid, expired or revoked credentials (WWW-Authenticate: Bearer)"),
  "403": problem("The token lacks the scope this operation needs"),
};
const unverified = {
  "403": problem("The token lacks the scope this operation needs, or your email address is not verified yet"),
};
const notFound = { "404": problem("No such client among yours") };
const apiNotFound = { "404": problem("No such API among yours") };
const apiClientNotFound = { "404": problem("No such API among yours, or no such app asking for its scopes") };
const badInput = {
  "400": problem("Invalid input; `errors` maps each field to its messages"),
  "413": problem(`Body over ${MAX_BODY_BYTES / 1024} KB`),
  "415": problem("Body is not application/json"),
};

type Details = { parameters?: object[]; requestBody?: object; responses: Record<string, object> };

// What each operation takes and answers; the rest (path, method, scope, summary) is its entry in
// API_OPERATIONS.
const details: Record<ApiOperationId, Details> = {
  listClients: {
    parameters: queryParameters(listClientsQuerySchema),
    responses: { "200": ok("A page of clients", "ClientList"), "400": problem("Invalid limit or cursor") },
  },
  createClient: {
    requestBody: body("ClientInput"),
    responses: {
      "201": ok("Created; confidential clients get client_secret, shown once", "CreatedClient"),
      ...unverified,
      ...badInput,
    },
  },
  getClient: { responses: { "200": ok("The client", "Client"), ...notFound } },
  updateClient: {
    requestBody: body("ClientInput"),
    responses: { "200": ok("The updated client", "Client"), ...badInput, ...notFound },
  },
  deleteClient: { responses: { "204": ok("Deleted"), ...notFound } },
  getClientUsage: {
    parameters: queryParameters(usageQuerySchema.in),
    responses: {
      "200": ok("One entry per day, zeros included", "ClientUsage"),
      "400": problem("Invalid from or to"),
      ...notFound,
    },
  },
  listClientEvents: {
    parameters: queryParameters(listEventsQuerySchema),
    responses: {
      "200": ok("A page of events", "AuditEventList"),
      "400": problem("Invalid limit, cursor or action"),
      ...notFound,
    },
  },
  listCredentials: { responses: { "200": ok("Secrets", "Credentials"), ...notFound } },
  createCredential: {
    requestBody: body("CreateCredentialInput", false),
    responses: {
      "201": ok("The new secret, shown once", "CreatedSecret"),
      "409": problem("Active secret limit reached, or a public client"),
      ...badInput,
      ...notFound,
    },
  },
  deleteCredentials: { responses: { "204": ok("Revoked"), ...notFound } },
  deleteCredential: { responses: { "204": ok("Revoked"), ...notFound } },
  listApis: {
    parameters: queryParameters(listApisQuerySchema),
    responses: { "200": ok("A page of APIs", "ApiList"), "400": problem("Invalid limit or cursor") },
  },
  createApi: {
    requestBody: body("ApiInput"),
    responses: {
      "201": ok("Created", "Api"),
      ...unverified,
      "409": problem("The identifier or a scope value was taken at the same moment"),
      ...badInput,
    },
  },
  getApi: { responses: { "200": ok("The API", "Api"), ...apiNotFound } },
  updateApi: {
    parameters: queryParameters(confirmRemovalQuerySchema),
    requestBody: body("ApiInput"),
    responses: {
      "200": ok("The updated API", "Api"),
      "409": problem(
        "The change removes scopes that apps hold: `affected_clients` lists them; repeat with confirm=true to take the scopes from them",
      ),
      ...badInput,
      ...apiNotFound,
    },
  },
  deleteApi: {
    parameters: queryParameters(confirmRemovalQuerySchema),
    responses: {
      "204": ok("Deleted"),
      "400": problem("Invalid confirm"),
      "409": problem(
        "Apps hold the API's scopes: `affected_clients` lists them; repeat with confirm=true to delete it anyway",
      ),
      ...apiNotFound,
    },
  },
  listApiClients: { responses: { "200": ok("Apps asking for the API's scopes", "ApiClientList"), ...apiNotFound } },
  updateApiClient: {
    requestBody: body("ApproveScopesInput"),
    responses: { "200": ok("The app and its approved scopes", "ApiClient"), ...badInput, ...apiClientNotFound },
  },
  deleteApiClient: { responses: { "204": ok("Removed"), ...apiClientNotFound } },
};

const security = (scope: string) => [{ personalAccessToken: [scope] }, { consoleSession: [] }];
const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));

function paths() {
  const out: Record<string, Record<string, object>> = {};
  for (const [operationId, { method, path, scope, summary }] of Object.entries(API_OPERATIONS)) {
    const { parameters = [], requestBody, responses } = details[operationId as ApiOperationId];
    out[path] ??= {};
    out[path][method] = {
      operationId,
      summary,
      security: security(scope),
      parameters: [...pathParameters(path), ...parameters],
      ...(requestBody && { requestBody }),
      responses: { ...unauthorized, ...responses },
    };
  }
  return out;
}

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Ninka client and API administration",
      version: "1.0.0",
      description: `Register OAuth clients and manage their credentials; register APIs, their scopes and which apps may call them machine to machine. Authenticate with a personal access token (\`Authorization: Bearer ${TOKEN_PREFIX}…\`, created at /console/tokens) or the console session (same origin only). Errors are RFC 9457 problem details.`,
    },
    servers: [{ url: serverUrl }],
    security: security("clients:read"),
    paths: paths(),
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
      schemas: componentSchemas(),
    },
  };
}
