import { MAX_ACTIVE_SECRETS } from "@/lib/portal/client-secrets/client-secret";
import type { TokenScope } from "@/lib/portal/personal-access-tokens/token-scopes";

// Every REST operation: its method, path, the personal-access-token scope it needs and what it
// does. Route handlers declare their operation (apiRoute(API_OPERATIONS.x, …)), and the OpenAPI
// document and /docs/api are built from the same entries, so neither can disagree with the routes.
export type ApiOperation = {
  method: "get" | "post" | "put" | "delete";
  path: string;
  scope: TokenScope;
  summary: string;
};

export const API_OPERATIONS = {
  listClients: { method: "get", path: "/clients", scope: "clients:read", summary: "List your clients, newest first" },
  createClient: { method: "post", path: "/clients", scope: "clients:write", summary: "Register a client" },
  getClient: { method: "get", path: "/clients/{clientId}", scope: "clients:read", summary: "Get a client" },
  updateClient: {
    method: "put",
    path: "/clients/{clientId}",
    scope: "clients:write",
    summary: "Replace a client's settings (client_id, type and secrets never change)",
  },
  deleteClient: {
    method: "delete",
    path: "/clients/{clientId}",
    scope: "clients:write",
    summary: "Delete a client and end its tokens and grants",
  },
  getClientUsage: {
    method: "get",
    path: "/clients/{clientId}/usage",
    scope: "clients:read",
    summary: "Daily usage of a client (UTC days): tokens by grant type, active users, failed authentications",
  },
  listClientEvents: {
    method: "get",
    path: "/clients/{clientId}/events",
    scope: "clients:read",
    summary: "A client's activity (audit events), newest first: changes to it, its secrets, consent given and removed",
  },
  listCredentials: {
    method: "get",
    path: "/clients/{clientId}/credentials",
    scope: "clients:read",
    summary: "Secret metadata (never a secret)",
  },
  createCredential: {
    method: "post",
    path: "/clients/{clientId}/credentials",
    scope: "clients:write",
    summary: `Add a secret (at most ${MAX_ACTIVE_SECRETS} active)`,
  },
  deleteCredentials: {
    method: "delete",
    path: "/clients/{clientId}/credentials",
    scope: "clients:write",
    summary: "Revoke every secret",
  },
  deleteCredential: {
    method: "delete",
    path: "/clients/{clientId}/credentials/{secretId}",
    scope: "clients:write",
    summary: "Revoke one secret",
  },
  listApis: { method: "get", path: "/apis", scope: "apis:read", summary: "List your APIs, newest first" },
  createApi: {
    method: "post",
    path: "/apis",
    scope: "apis:write",
    summary: "Register an API (a resource server) with its scopes",
  },
  getApi: { method: "get", path: "/apis/{apiId}", scope: "apis:read", summary: "Get an API" },
  updateApi: {
    method: "put",
    path: "/apis/{apiId}",
    scope: "apis:write",
    summary:
      "Replace an API's settings and scopes (the identifier never changes; removed scopes leave the apps that held them)",
  },
  deleteApi: {
    method: "delete",
    path: "/apis/{apiId}",
    scope: "apis:write",
    summary: "Delete an API; requests for its scopes fail from then on",
  },
  listApiClients: {
    method: "get",
    path: "/apis/{apiId}/clients",
    scope: "apis:read",
    summary: "The apps that asked for the API's scopes with client_credentials, and what each is approved for",
  },
  updateApiClient: {
    method: "put",
    path: "/apis/{apiId}/clients/{clientId}",
    scope: "apis:write",
    summary: "Approve scopes for an app's client_credentials tokens (replaces its approval)",
  },
  deleteApiClient: {
    method: "delete",
    path: "/apis/{apiId}/clients/{clientId}",
    scope: "apis:write",
    summary: "Remove an app's machine-to-machine access to the API",
  },
} as const satisfies Record<string, ApiOperation>;

export type ApiOperationId = keyof typeof API_OPERATIONS;
