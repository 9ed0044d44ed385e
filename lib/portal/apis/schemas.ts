import { z } from "zod";
import { ownerViewSchema, teamFilterSchema } from "@/lib/portal/teams/owner-schemas";
import { DEFAULT_SIGNING_ALG, SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";
import { isScope } from "@/lib/oauth-core/scopes/oidc-scopes";
import { pageQuerySchema } from "@/lib/kernel/validation/page-cursor";
import { isLoopbackHost, LOOPBACK_HOSTS_WORDS } from "@/lib/kernel/validation/loopback-host";
import { hasControlCharacter, plainText } from "@/lib/kernel/validation/plain-text";
import { DEFAULT_ACCESS_TOKEN_TTL, MAX_ACCESS_TOKEN_TTL, MAX_API_SCOPES, MIN_ACCESS_TOKEN_TTL } from "./limits";

// One schema per input, shared by the console's forms, the server actions, the REST routes and
// the OpenAPI document (ARCHITECTURE.md "APIs and their permissions").
// A scope value is an RFC 6749 scope-token restricted to what reads well in a URL and on a
// consent screen: letters, digits and . _ : - (e.g. photos.read, read:photos).
const API_SCOPE_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,98}[A-Za-z0-9])?$/;
export const isApiScopeValue = (value: string) => API_SCOPE_PATTERN.test(value) && !isScope(value);

// Text fields refuse control characters (lib/kernel/validation/plain-text.ts); a description may span lines.
const text = (max: number, { required, multiline }: { required: boolean; multiline: boolean }) =>
  plainText({ error: required ? "is required" : "must be text", multiline })
    .trim()
    .min(required ? 1 : 0, { error: "is required" })
    .max(max, { error: `must be at most ${max} characters` });

/**
 * Why `value` cannot be an API's identifier (RFC 8707 §2: an absolute URI without fragment), or null.
 * https, or http on loopback while a developer runs the API (an MCP server, say) on their own
 * machine, as for redirect URIs (ARCHITECTURE.md "OAuth rules").
 */
export function identifierProblem(value: string): string | null {
  const problem = `must be an absolute https:// URI (http:// only on ${LOOPBACK_HOSTS_WORDS})`;
  if (!URL.canParse(value) || /\s/.test(value) || hasControlCharacter(value)) return problem;
  const url = new URL(value);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) return problem;
  if (url.hash || value.includes("#")) return "must not contain a fragment (#)";
  if (url.username || url.password) return "must not contain a user name or password";
  return null;
}

const scopeInputSchema = z.object({
  value: plainText({ error: "each scope needs a value" }),
  description: plainText({ error: "each scope needs a description" }),
});
const scopeDescription = text(200, { required: true, multiline: false });

export const apiInputSchema = z
  .object({
    name: text(100, { required: true, multiline: false }),
    identifier: plainText({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(300, { error: "must be at most 300 characters" })
      .describe("The API's resource indicator (RFC 8707) and the `aud` of its tokens; an https URI. Cannot change."),
    description: text(500, { required: false, multiline: true }).default(""),
    scopes: z
      .array(scopeInputSchema, { error: "must be a list of { value, description }" })
      .max(MAX_API_SCOPES, { error: `must have at most ${MAX_API_SCOPES} entries` })
      .default([])
      .describe("Permissions apps may ask for; each value unique across Ninka, each description written for end users"),
    access_token_ttl: z
      .number({ error: "must be a number of seconds" })
      .int({ error: "must be a whole number of seconds" })
      .min(MIN_ACCESS_TOKEN_TTL, {
        error: `must be between ${MIN_ACCESS_TOKEN_TTL} and ${MAX_ACCESS_TOKEN_TTL} seconds`,
      })
      .max(MAX_ACCESS_TOKEN_TTL, {
        error: `must be between ${MIN_ACCESS_TOKEN_TTL} and ${MAX_ACCESS_TOKEN_TTL} seconds`,
      })
      .default(DEFAULT_ACCESS_TOKEN_TTL)
      .describe("Lifetime of the API's access tokens in seconds"),
    signing_alg: z
      .enum(SIGNING_ALGS, { error: `must be ${SIGNING_ALGS.join(" or ")}` })
      .default(DEFAULT_SIGNING_ALG)
      .describe(`How the API's JWT access tokens are signed; default ${DEFAULT_SIGNING_ALG}`),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const problem = input.identifier && identifierProblem(input.identifier);
    if (problem) issue("identifier", problem);
    const seen = new Set<string>();
    input.scopes.forEach(({ value, description }, index) => {
      const name = `scope ${index + 1}${value.trim() ? ` (${value.trim().slice(0, 100)})` : ""}`;
      const trimmed = value.trim();
      if (!API_SCOPE_PATTERN.test(trimmed)) {
        issue(
          "scopes",
          `${name}: the value must be 1 to 100 letters, digits, dots, colons, dashes or underscores, starting and ending with a letter or digit`,
        );
      } else if (isScope(trimmed)) {
        issue("scopes", `${name}: ${trimmed} is an OpenID Connect scope of Ninka itself`);
      } else if (seen.has(trimmed)) {
        issue("scopes", `${name}: listed twice`);
      }
      seen.add(trimmed);
      const parsed = scopeDescription.safeParse(description);
      if (!parsed.success) issue("scopes", `${name}: the description ${parsed.error.issues[0]!.message}`);
    });
  })
  .transform((input) => ({
    ...input,
    scopes: input.scopes.map((scope) => ({ value: scope.value.trim(), description: scope.description.trim() })),
  }));

export type ApiInput = z.output<typeof apiInputSchema>;

export const listApisQuerySchema = pageQuerySchema("APIs").extend(teamFilterSchema.shape);

const apiScopeViewSchema = z.object({ value: z.string(), description: z.string() });

/** The REST representation of an API. */
export const apiViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  identifier: z.string(),
  description: z.string(),
  scopes: z.array(apiScopeViewSchema),
  access_token_ttl: z.number().int(),
  signing_alg: z.enum(SIGNING_ALGS),
  created_at: z.string().describe("RFC 3339 timestamp"),
  updated_at: z.string(),
  owner: ownerViewSchema,
});

export type ApiView = z.infer<typeof apiViewSchema>;

/** GET /apis/{apiId}/protected-resource-metadata: the document the API's server serves (RFC 9728 §2). */
export const protectedResourceMetadataSchema = z.object({
  resource: z.string().describe("The API's identifier"),
  authorization_servers: z.array(z.string()).describe("Ninka's issuer"),
  scopes_supported: z.array(z.string()),
  bearer_methods_supported: z.array(z.literal("header")),
  resource_name: z.string(),
});

export type ProtectedResourceMetadata = z.infer<typeof protectedResourceMetadataSchema>;

/** GET /apis: one page, newest first. */
export const apiListSchema = z.object({
  apis: z.array(apiViewSchema),
  next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
});

/**
 * The query of PUT and DELETE /apis/{apiId}: removing scopes that apps hold (or the API with them)
 * needs `confirm=true`; without it the answer is 409 naming those apps, so nobody takes a
 * permission from apps without seeing which.
 */
export const confirmRemovalQuerySchema = z.object({
  confirm: z
    .enum(["true", "false"], { error: "must be true or false" })
    .optional()
    .describe(
      "true: remove scopes even though apps hold them (they are taken out of those apps); otherwise such a change answers 409 with affected_clients",
    ),
});
