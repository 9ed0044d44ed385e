import { z } from "zod";
import { clientInputSchema, clientViewSchema } from "@/lib/clients/schemas";
import { createCredentialSchema, createdSecretSchema, credentialsViewSchema } from "@/lib/credentials/schemas";
import { TOKEN_SCOPES } from "@/lib/tokens/token-scopes";

// The OpenAPI 3.1 description of the REST API, generated from the same zod schemas the route
// handlers and the console use, so the document cannot drift from what the server accepts.
const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "output") => {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  delete generated.$schema; // a component schema inherits the document's dialect
  return generated;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const errors = {
  "401": problem("Missing, invalid, expired or revoked credentials (WWW-Authenticate: Bearer)"),
  "403": problem("The token lacks the scope this operation needs"),
};
const notFound = { "404": problem("No such client among yours") };
const clientIdParam = { name: "clientId", in: "path", required: true, schema: { type: "string" } };
const security = (scope: string) => [{ personalAccessToken: [scope] }, { consoleSession: [] }];

export function buildOpenApiDocument(serverUrl: string) {
  const read = security("clients:read");
  const write = security("clients:write");
  const body = (name: string) => ({ required: true, content: json(ref(name)) });
  const badInput = {
    "400": problem("Invalid input; `errors` maps each field to its messages"),
    "413": problem("Body over 64 KB"),
    "415": problem("Body is not application/json"),
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Ninka client administration API",
      version: "1.0.0",
      description:
        "Register OAuth clients and manage their credentials. Authenticate with a personal access token (`Authorization: Bearer ninka_pat_…`, created at /console/tokens) or the console session (same origin only). Errors are RFC 9457 problem details.",
    },
    servers: [{ url: serverUrl }],
    security: read,
    paths: {
      "/clients": {
        get: {
          operationId: "listClients",
          summary: "List your clients, newest first",
          security: read,
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
            { name: "cursor", in: "query", schema: { type: "string" }, description: "next_cursor of the previous page" },
          ],
          responses: { "200": { description: "A page of clients", content: json(ref("ClientList")) }, "400": problem("Invalid limit or cursor"), ...errors },
        },
        post: {
          operationId: "createClient",
          summary: "Register a client",
          security: write,
          requestBody: body("ClientInput"),
          responses: { "201": { description: "Created; confidential clients get client_secret, shown once", content: json(ref("CreatedClient")) }, ...badInput, ...errors },
        },
      },
      "/clients/{clientId}": {
        parameters: [clientIdParam],
        get: { operationId: "getClient", summary: "Get a client", security: read, responses: { "200": { description: "The client", content: json(ref("Client")) }, ...errors, ...notFound } },
        put: {
          operationId: "updateClient",
          summary: "Replace a client's settings (client_id, type and secrets never change)",
          security: write,
          requestBody: body("ClientInput"),
          responses: { "200": { description: "The updated client", content: json(ref("Client")) }, ...badInput, ...errors, ...notFound },
        },
        delete: { operationId: "deleteClient", summary: "Delete a client and end its tokens and grants", security: write, responses: { "204": { description: "Deleted" }, ...errors, ...notFound } },
      },
      "/clients/{clientId}/credentials": {
        parameters: [clientIdParam],
        get: { operationId: "listCredentials", summary: "Secret metadata (never a secret)", security: read, responses: { "200": { description: "Secrets", content: json(ref("Credentials")) }, ...errors, ...notFound } },
        post: {
          operationId: "createCredential",
          summary: "Add a secret (at most two active)",
          security: write,
          requestBody: { required: false, content: json(ref("CreateCredentialInput")) },
          responses: { "201": { description: "The new secret, shown once", content: json(ref("CreatedSecret")) }, "409": problem("Two active secrets already, or a public client"), ...badInput, ...errors, ...notFound },
        },
        delete: { operationId: "deleteCredentials", summary: "Revoke every secret", security: write, responses: { "204": { description: "Revoked" }, ...errors, ...notFound } },
      },
      "/clients/{clientId}/credentials/{secretId}": {
        parameters: [clientIdParam, { name: "secretId", in: "path", required: true, schema: { type: "string" } }],
        delete: { operationId: "deleteCredential", summary: "Revoke one secret", security: write, responses: { "204": { description: "Revoked" }, ...errors, ...notFound } },
      },
    },
    components: {
      securitySchemes: {
        personalAccessToken: { type: "http", scheme: "bearer", description: `Scopes: ${TOKEN_SCOPES.join(", ")}` },
        consoleSession: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Same-origin requests from the console" },
      },
      schemas: {
        ClientInput: jsonSchema(clientInputSchema, "input"),
        Client: jsonSchema(clientViewSchema),
        CreatedClient: { allOf: [ref("Client"), { type: "object", properties: { client_secret: { type: "string" } } }] },
        ClientList: { type: "object", required: ["clients", "next_cursor"], properties: { clients: { type: "array", items: ref("Client") }, next_cursor: { type: ["string", "null"] } } },
        CreateCredentialInput: jsonSchema(createCredentialSchema, "input"),
        Credentials: jsonSchema(credentialsViewSchema),
        CreatedSecret: jsonSchema(createdSecretSchema),
        Problem: {
          type: "object",
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          },
        },
      },
    },
  };
}
