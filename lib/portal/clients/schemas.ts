import { z } from "zod";
import { ownerViewSchema, teamFilterSchema } from "@/lib/portal/teams/owner-schemas";
import { isApiScopeValue } from "@/lib/portal/apis/schemas";
import { isScope, SCOPE_NAMES } from "@/lib/oauth-core/scopes/oidc-scopes";
import { DEFAULT_SIGNING_ALG, SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";
import { APPLICATION_TYPE_NAMES, APPLICATION_TYPES, DEVICE_CODE_GRANT } from "./application-types";
import { pageQuerySchema } from "@/lib/kernel/validation/page-cursor";
import { plainText } from "@/lib/kernel/validation/plain-text";
import { MAX_REDIRECT_URIS, redirectUriProblem } from "./redirect-uri";
import { CLIENT_AUTH_SIGNING_ALGS, jwksSchema } from "./client-jwks";

// One schema per input, shared by the console form, the server actions, the REST route handlers
// and the OpenAPI document. Field names are RFC 7591's.
const httpsUrl = plainText({ error: "must be an https URL" }).pipe(
  z.url({ protocol: /^https$/, error: "must be an https URL" }).max(2000, { error: "must be at most 2000 characters" }),
);

const uriList = z
  .array(plainText({ error: "must be a list of URLs" }))
  .max(MAX_REDIRECT_URIS, { error: `must have at most ${MAX_REDIRECT_URIS} entries` });

const GRANT_TYPES = ["authorization_code", "refresh_token", "client_credentials", DEVICE_CODE_GRANT] as const;

export const clientInputSchema = z
  .object({
    client_name: plainText({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(100, { error: "must be at most 100 characters" }),
    application_type: z.enum(APPLICATION_TYPE_NAMES, { error: `must be one of ${APPLICATION_TYPE_NAMES.join(", ")}` }),
    redirect_uris: uriList.default([]),
    post_logout_redirect_uris: uriList.default([]),
    scope: plainText({ error: "must be a space-separated list of scopes" })
      .max(2000, { error: "must be at most 2000 characters" })
      .optional()
      .describe(`Space-separated; any of: ${SCOPE_NAMES.join(", ")}, and the scopes of registered APIs`),
    grant_types: z.array(z.enum(GRANT_TYPES, { error: `must be among ${GRANT_TYPES.join(", ")}` })).optional(),
    token_endpoint_auth_method: z
      .enum(["client_secret_basic", "client_secret_post", "private_key_jwt", "none"], {
        error: "must be client_secret_basic, client_secret_post, private_key_jwt or none",
      })
      .optional(),
    id_token_signed_response_alg: z
      .enum(SIGNING_ALGS, { error: `must be ${SIGNING_ALGS.join(" or ")}` })
      .optional()
      .describe(`How ID tokens for this client are signed; default ${DEFAULT_SIGNING_ALG}`),
    logo_uri: httpsUrl.optional(),
    client_uri: httpsUrl.optional(),
    policy_uri: httpsUrl.optional(),
    tos_uri: httpsUrl.optional(),
    backchannel_logout_uri: plainText({ error: "must be a URL" })
      .optional()
      .describe(
        "OIDC Back-Channel Logout 1.0: where Ninka POSTs a logout token when someone signed in to the app signs out; https, or http on loopback while you develop",
      ),
    backchannel_logout_session_required: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Whether logout tokens carry the session's `sid` (they always carry `sub`); default false"),
    // Per-app policies (RFC 9126 §5, RFC 9449 §5.2): stricter than the instance's defaults, never looser.
    require_pushed_authorization_requests: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Authorization requests only through the pushed authorization request endpoint (RFC 9126)"),
    dpop_bound_access_tokens: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Access and refresh tokens only DPoP-bound, never bearer (RFC 9449)"),
    // private_key_jwt (RFC 7523): the app's public keys, pasted or at an https URL (one of the two).
    jwks: jwksSchema.optional().describe("The app's public keys (a JWK Set), for private_key_jwt"),
    jwks_uri: httpsUrl.optional().describe("Where the app publishes its public keys, for private_key_jwt"),
    token_endpoint_auth_signing_alg: z
      .enum(CLIENT_AUTH_SIGNING_ALGS, { error: `must be one of ${CLIENT_AUTH_SIGNING_ALGS.join(", ")}` })
      .optional()
      .describe("The only algorithm the app's client assertions may use; any of them when unset"),
  })
  .superRefine((input, ctx) => {
    const preset = APPLICATION_TYPES[input.application_type];
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    for (const field of ["redirect_uris", "post_logout_redirect_uris"] as const) {
      if (!preset.redirects && input[field].length)
        issue(field, `are not used by ${preset.label.toLowerCase()} clients`);
      for (const uri of input[field]) {
        const problem = redirectUriProblem(uri, input.application_type);
        if (problem) issue(field, `${uri.slice(0, 100)} ${problem}`);
      }
      if (new Set(input[field]).size !== input[field].length) issue(field, "must not contain duplicates");
    }
    const logoutUri = input.backchannel_logout_uri;
    if (logoutUri !== undefined) {
      // The same rules as a web app's redirect URIs: absolute, no fragment, https or loopback http.
      const problem = preset.redirects
        ? redirectUriProblem(logoutUri, "web")
        : "is not used by clients nobody signs in to";
      if (problem) issue("backchannel_logout_uri", problem);
    }
    if (preset.redirects && !input.redirect_uris.length) issue("redirect_uris", "needs at least one redirect URI");
    if (input.require_pushed_authorization_requests && !preset.redirects)
      issue("require_pushed_authorization_requests", `is for apps that send users to sign in`);
    // API scopes are checked against the registered APIs after parsing (lib/portal/clients/check-api-scopes.ts).
    const unknown = (input.scope ?? "").split(" ").filter((s) => s && !isScope(s) && !isApiScopeValue(s));
    if (unknown.length) issue("scope", unknownScopeMessage(unknown));
    const method = input.token_endpoint_auth_method;
    if (method && !(preset.authMethods as readonly string[]).includes(method)) {
      issue(
        "token_endpoint_auth_method",
        `must be ${preset.authMethods.join(" or ")} for ${preset.label.toLowerCase()} clients`,
      );
    }
    const keyed = method === "private_key_jwt";
    if (keyed && !input.jwks === !input.jwks_uri) issue("jwks", "needs either jwks or jwks_uri (not both)");
    for (const field of ["jwks", "jwks_uri", "token_endpoint_auth_signing_alg"] as const)
      if (!keyed && input[field]) issue(field, "is used only with private_key_jwt");
    const grants = input.grant_types;
    const allowed: readonly string[] = [...preset.grantTypes, ...preset.optionalGrantTypes];
    if (
      grants &&
      (!grants.length || grants.some((g) => !allowed.includes(g)) || !grants.includes(preset.grantTypes[0]))
    ) {
      issue(
        "grant_types",
        `must include ${preset.grantTypes[0]} and only ${allowed.join(", ")} for ${preset.label.toLowerCase()} clients`,
      );
    }
  });

/** Every field of an app's input, in form order: the one list the form and RFC 7591 mapping derive from. */
export const CLIENT_INPUT_FIELDS = Object.keys(clientInputSchema.shape) as (keyof typeof clientInputSchema.shape)[];

export type ClientInput = z.output<typeof clientInputSchema>;

export const unknownScopeMessage = (unknown: string[]) =>
  `offers no scope named ${unknown.join(", ")} (available: ${SCOPE_NAMES.join(", ")}, and the scopes of registered APIs)`;

export const listClientsQuerySchema = pageQuerySchema("Clients").extend({
  ...teamFilterSchema.shape,
  q: plainText()
    .trim()
    .max(200)
    .optional()
    .describe("Only the clients whose name starts with this (case as written), or whose client_id it is"),
});

/** The API representation of a client (no secrets). */
export const clientViewSchema = z.object({
  client_id: z.string(),
  client_name: z.string(),
  application_type: z.enum(APPLICATION_TYPE_NAMES),
  redirect_uris: z.array(z.string()),
  post_logout_redirect_uris: z.array(z.string()),
  grant_types: z.array(z.string()),
  scope: z.string(),
  token_endpoint_auth_method: z.string(),
  id_token_signed_response_alg: z.enum(SIGNING_ALGS),
  logo_uri: z.string().nullable(),
  client_uri: z.string().nullable(),
  policy_uri: z.string().nullable(),
  tos_uri: z.string().nullable(),
  backchannel_logout_uri: z.string().nullable(),
  backchannel_logout_session_required: z.boolean(),
  require_pushed_authorization_requests: z.boolean(),
  dpop_bound_access_tokens: z.boolean(),
  jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).nullable(),
  jwks_uri: z.string().nullable(),
  token_endpoint_auth_signing_alg: z.enum(CLIENT_AUTH_SIGNING_ALGS).nullable(),
  created_at: z.string().describe("RFC 3339 timestamp"),
  updated_at: z.string(),
  last_used_at: z.string().nullable(),
  owner: ownerViewSchema,
  registered_via: z
    .enum(["token", "open"])
    .nullable()
    .describe("Set when the app registered itself (RFC 7591): with an initial access token, or openly"),
});

export type ClientView = z.infer<typeof clientViewSchema>;

/** POST /clients: the client and, for confidential clients, its first secret, shown once. */
export const createdClientSchema = clientViewSchema.extend({
  client_secret: z.string().optional().describe("Confidential clients only; shown once, only a digest is stored"),
});

/** GET /clients: one page, newest first. */
export const clientListSchema = z.object({
  clients: z.array(clientViewSchema),
  next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
});
