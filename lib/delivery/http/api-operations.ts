import { auditEventListSchema, listEventsQuerySchema } from "@/lib/kernel/audit/schemas";
import { apiClientListSchema, apiClientSchema, approveScopesSchema } from "@/lib/portal/api-clients/schemas";
import {
  apiInputSchema,
  apiListSchema,
  apiViewSchema,
  confirmRemovalQuerySchema,
  listApisQuerySchema,
  protectedResourceMetadataSchema,
} from "@/lib/portal/apis/schemas";
import { MAX_ACTIVE_SECRETS } from "@/lib/portal/client-secrets/client-secret";
import { createdSecretSchema, createSecretSchema, secretListSchema } from "@/lib/portal/client-secrets/schemas";
import {
  clientInputSchema,
  clientListSchema,
  clientViewSchema,
  createdClientSchema,
  listClientsQuerySchema,
} from "@/lib/portal/clients/schemas";
import { usageQuerySchema, usageSeriesSchema } from "@/lib/portal/insights/schemas";
import {
  createdRegistrationTokenSchema,
  createRegistrationTokenSchema,
  registrationTokenListSchema,
} from "@/lib/portal/registration-tokens/schemas";
import type { z } from "zod";
import { ownerMoveSchema, teamPlacementSchema } from "@/lib/portal/teams/owner-schemas";
import type { TokenScope } from "@/lib/portal/personal-access-tokens/token-scopes";
import type { TeamAction } from "@/lib/kernel/actors/team-permissions";
import { fillPath, type ApiOperation } from "./api-operation";
import { problemSchema } from "./problem-response";
import { TEAM_INPUT_NAMES, TEAM_OPERATIONS, TEAM_OUTPUT_NAMES } from "./team-operations";

// Every REST operation and its whole contract, one entry each: method, path, scope, query, body,
// answers. Route handlers serve them by name (apiRoutes, lib/delivery/http/api-route.ts), the 405
// answer's Allow and the OpenAPI document (and so /docs/api) are derived from them, so none of
// them can disagree with another.
const CLIENTS = "/clients";
const CLIENT = "/clients/{clientId}";
const CREDENTIALS = "/clients/{clientId}/credentials";
const APIS = "/apis";
const API = "/apis/{apiId}";
const API_CLIENTS = "/apis/{apiId}/clients";
const API_CLIENT = "/apis/{apiId}/clients/{clientId}";
const REGISTRATION_TOKENS = "/registration-tokens";
const REGISTRATION_TOKEN = "/registration-tokens/{tokenId}";

const noClient = { 404: "No such client among yours or your teams'" };
const noApi = { 404: "No such API among yours or your teams'" };
// POST /clients and POST /apis may place what they create in a team.
const createClientInput = clientInputSchema.extend(teamPlacementSchema.shape);
const createApiInput = apiInputSchema.in.extend(teamPlacementSchema.shape);
const noApiClient = { 404: "No such API among yours, or no such app asking for its scopes" };
const unverified = {
  403: "The token lacks the scope this operation needs, or your email address is not verified yet",
};

/** A page of the caller's own `things`, newest first: every such list takes the same limit and cursor. */
const listYours = <P extends string>(
  path: P,
  scope: TokenScope,
  things: string,
  query: z.ZodObject,
  schema: z.ZodType,
) =>
  ({
    method: "get",
    path,
    scope,
    summary: `List your ${things}, newest first`,
    query,
    success: { status: 200, description: `A page of ${things}`, schema },
    problems: { 400: "Invalid limit or cursor" },
  }) as const;

/** A DELETE: 204 and no body once done (`done` says what happened). */
const deletion = <P extends string>(
  path: P,
  scope: TokenScope,
  summary: string,
  done: string,
  problems: Record<number, string>,
) => ({ method: "delete", path, scope, summary, success: { status: 204, description: done }, problems }) as const;

/** A POST that creates one thing: 201 with `created` and a Location at `at`, filled from the answer. */
const creation = <P extends string, Created>(
  path: P,
  scope: TokenScope,
  summary: string,
  body: z.ZodType,
  created: { description: string; schema: z.ZodType<Created> },
  at: (created: Created) => string,
  problems?: Record<number, string>,
) =>
  ({
    method: "post",
    path,
    scope,
    summary,
    body: { schema: body },
    success: { status: 201, ...created },
    location: at,
    problems,
  }) as const;

/** An operation on what a person or a team owns: for a team's, the role it needs comes from `action`. */
const forTeams = <O extends ApiOperation, A extends TeamAction>(operation: O, action: A) =>
  ({ ...operation, teamAction: action }) as O & { teamAction: A };

export const API_OPERATIONS = {
  listClients: forTeams(
    listYours(CLIENTS, "clients:read", "clients", listClientsQuerySchema, clientListSchema),
    "apps.read",
  ),
  createClient: forTeams(
    creation(
      CLIENTS,
      "clients:write",
      "Register a client (yours, or with team_id the team's)",
      createClientInput,
      { description: "Created; confidential clients get client_secret, shown once", schema: createdClientSchema },
      (created) => fillPath(CLIENT, { clientId: created.client_id }),
      { ...unverified, 404: "No such team among yours" },
    ),
    "apps.write",
  ),
  getClient: {
    method: "get",
    path: CLIENT,
    scope: "clients:read",
    teamAction: "apps.read",
    summary: "Get a client",
    success: { status: 200, description: "The client", schema: clientViewSchema },
    problems: noClient,
  },
  updateClient: {
    method: "put",
    path: CLIENT,
    scope: "clients:write",
    teamAction: "apps.write",
    summary: "Replace a client's settings (client_id, type and secrets never change)",
    body: { schema: clientInputSchema },
    success: { status: 200, description: "The updated client", schema: clientViewSchema },
    problems: noClient,
  },
  deleteClient: forTeams(
    deletion(CLIENT, "clients:write", "Delete a client and end its tokens and grants", "Deleted", noClient),
    "apps.delete",
  ),
  updateClientOwner: {
    method: "put",
    path: `${CLIENT}/owner`,
    scope: "clients:write",
    teamAction: "ownership.transfer",
    summary:
      'Move a client into a team ({team_id}) or to yourself ({user: "me"}); client_id, secrets, tokens and consent stay',
    body: { schema: ownerMoveSchema },
    success: { status: 200, description: "The client with its new owner", schema: clientViewSchema },
    problems: { ...noClient, 404: "No such client among yours or your teams', or no such team among yours" },
  },
  getClientUsage: {
    method: "get",
    path: `${CLIENT}/usage`,
    scope: "clients:read",
    teamAction: "apps.read",
    summary: "Daily usage of a client (UTC days): tokens by grant type, active users, failed authentications",
    query: usageQuerySchema.in,
    success: { status: 200, description: "One entry per day, zeros included", schema: usageSeriesSchema },
    problems: { 400: "Invalid from or to", ...noClient },
  },
  listClientEvents: {
    method: "get",
    path: `${CLIENT}/events`,
    scope: "clients:read",
    teamAction: "apps.read",
    summary: "A client's activity (audit events), newest first: changes to it, its secrets, consent given and removed",
    query: listEventsQuerySchema,
    success: { status: 200, description: "A page of events", schema: auditEventListSchema },
    problems: { 400: "Invalid limit, cursor or action", ...noClient },
  },
  listCredentials: {
    method: "get",
    path: CREDENTIALS,
    scope: "clients:read",
    teamAction: "secrets.manage",
    summary: "Secret metadata (never a secret)",
    success: { status: 200, description: "Secrets", schema: secretListSchema },
    problems: noClient,
  },
  createCredential: {
    method: "post",
    path: CREDENTIALS,
    scope: "clients:write",
    teamAction: "secrets.manage",
    summary: `Add a secret (at most ${MAX_ACTIVE_SECRETS} active)`,
    body: { schema: createSecretSchema, optional: true },
    success: { status: 201, description: "The new secret, shown once", schema: createdSecretSchema },
    problems: { 409: "Active secret limit reached, or a public client", ...noClient },
  },
  deleteCredentials: forTeams(
    deletion(CREDENTIALS, "clients:write", "Revoke every secret", "Revoked", noClient),
    "secrets.manage",
  ),
  deleteCredential: forTeams(
    deletion(`${CREDENTIALS}/{secretId}`, "clients:write", "Revoke one secret", "Revoked", noClient),
    "secrets.manage",
  ),
  listApis: forTeams(listYours(APIS, "apis:read", "APIs", listApisQuerySchema, apiListSchema), "apps.read"),
  createApi: forTeams(
    creation(
      APIS,
      "apis:write",
      "Register an API (a resource server) with its scopes (yours, or with team_id the team's)",
      createApiInput,
      { description: "Created", schema: apiViewSchema },
      (created) => fillPath(API, { apiId: created.id }),
      {
        ...unverified,
        404: "No such team among yours",
        409: "The identifier or a scope value was taken at the same moment",
      },
    ),
    "apps.write",
  ),
  getApi: {
    method: "get",
    path: API,
    scope: "apis:read",
    teamAction: "apps.read",
    summary: "Get an API",
    success: { status: 200, description: "The API", schema: apiViewSchema },
    problems: noApi,
  },
  updateApi: {
    method: "put",
    path: API,
    scope: "apis:write",
    teamAction: "apps.write",
    summary:
      "Replace an API's settings and scopes (the identifier never changes; removed scopes leave the apps that held them)",
    query: confirmRemovalQuerySchema,
    body: { schema: apiInputSchema },
    success: { status: 200, description: "The updated API", schema: apiViewSchema },
    problems: {
      409: "The change removes scopes that apps hold: `affected_clients` lists them; repeat with confirm=true to take the scopes from them",
      ...noApi,
    },
  },
  updateApiOwner: {
    method: "put",
    path: `${API}/owner`,
    scope: "apis:write",
    teamAction: "ownership.transfer",
    summary:
      'Move an API into a team ({team_id}) or to yourself ({user: "me"}); its identifier, scopes and approvals stay',
    body: { schema: ownerMoveSchema },
    success: { status: 200, description: "The API with its new owner", schema: apiViewSchema },
    problems: { ...noApi, 404: "No such API among yours or your teams', or no such team among yours" },
  },
  deleteApi: {
    method: "delete",
    path: API,
    scope: "apis:write",
    teamAction: "apps.delete",
    summary: "Delete an API; requests for its scopes fail from then on",
    query: confirmRemovalQuerySchema,
    success: { status: 204, description: "Deleted" },
    problems: {
      400: "Invalid confirm",
      409: "Apps hold the API's scopes: `affected_clients` lists them; repeat with confirm=true to delete it anyway",
      ...noApi,
    },
  },
  getProtectedResourceMetadata: {
    method: "get",
    path: `${API}/protected-resource-metadata`,
    scope: "apis:read",
    teamAction: "apps.read",
    summary: "The OAuth protected resource metadata (RFC 9728) the API's server should serve at its well-known address",
    success: { status: 200, description: "The RFC 9728 document", schema: protectedResourceMetadataSchema },
    problems: noApi,
  },
  listApiClients: {
    method: "get",
    path: API_CLIENTS,
    scope: "apis:read",
    teamAction: "apps.read",
    summary: "The apps that asked for the API's scopes with client_credentials, and what each is approved for",
    success: { status: 200, description: "Apps asking for the API's scopes", schema: apiClientListSchema },
    problems: noApi,
  },
  updateApiClient: {
    method: "put",
    path: API_CLIENT,
    scope: "apis:write",
    teamAction: "api-access.approve",
    summary: "Approve scopes for an app's client_credentials tokens (replaces its approval)",
    body: { schema: approveScopesSchema },
    success: { status: 200, description: "The app and its approved scopes", schema: apiClientSchema },
    problems: noApiClient,
  },
  deleteApiClient: forTeams(
    deletion(API_CLIENT, "apis:write", "Remove an app's machine-to-machine access to the API", "Removed", noApiClient),
    "api-access.approve",
  ),
  // Initial access tokens for dynamic client registration (RFC 7591 §3).
  listRegistrationTokens: {
    method: "get",
    path: REGISTRATION_TOKENS,
    scope: "clients:read",
    summary: "Your initial access tokens that can still register apps (never their values)",
    success: { status: 200, description: "Usable tokens, newest first", schema: registrationTokenListSchema },
  },
  createRegistrationToken: creation(
    REGISTRATION_TOKENS,
    "clients:write",
    "Create an initial access token with which apps register themselves as yours",
    createRegistrationTokenSchema,
    { description: "Created; the token is shown once", schema: createdRegistrationTokenSchema },
    (created) => fillPath(REGISTRATION_TOKEN, { tokenId: created.id }),
  ),
  deleteRegistrationToken: deletion(
    REGISTRATION_TOKEN,
    "clients:write",
    "Revoke an initial access token (apps registered with it stay)",
    "Revoked",
    { 404: "No such token among yours" },
  ),
  ...TEAM_OPERATIONS,
} as const satisfies Record<string, ApiOperation>;

export type ApiOperationId = keyof typeof API_OPERATIONS;

// The OpenAPI component name of every schema the operations answer with (output) or take (input).
export const OUTPUT_NAMES: [z.ZodType, string][] = [
  [clientViewSchema, "Client"],
  [createdClientSchema, "CreatedClient"],
  [clientListSchema, "ClientList"],
  [secretListSchema, "Credentials"],
  [createdSecretSchema, "CreatedSecret"],
  [apiViewSchema, "Api"],
  [apiListSchema, "ApiList"],
  [protectedResourceMetadataSchema, "ProtectedResourceMetadata"],
  [apiClientSchema, "ApiClient"],
  [apiClientListSchema, "ApiClientList"],
  [usageSeriesSchema, "ClientUsage"],
  [auditEventListSchema, "AuditEventList"],
  [registrationTokenListSchema, "RegistrationTokenList"],
  [createdRegistrationTokenSchema, "CreatedRegistrationToken"],
  ...TEAM_OUTPUT_NAMES,
  [problemSchema, "Problem"],
];
export const INPUT_NAMES: [z.ZodType, string][] = [
  [clientInputSchema, "ClientInput"],
  [createClientInput, "CreateClientInput"],
  [createApiInput, "CreateApiInput"],
  [ownerMoveSchema, "OwnerMoveInput"],
  [createSecretSchema, "CreateCredentialInput"],
  [apiInputSchema, "ApiInput"],
  [approveScopesSchema, "ApproveScopesInput"],
  [createRegistrationTokenSchema, "RegistrationTokenInput"],
  ...TEAM_INPUT_NAMES,
];
