import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import type { SigningAlg } from "@/lib/oauth-core/keys/signing-algorithms";
import { isScope } from "@/lib/oauth-core/scopes/oidc-scopes";
import { identifierProblem } from "./schemas";

/** What node-oidc-provider needs to issue a token for an API (its resource server info). */
export type ResourceServer = {
  identifier: string;
  name: string;
  scopes: string[];
  accessTokenTtl: number;
  signingAlg: SigningAlg;
};

export type ResourceRequest = {
  /** The request's `resource` parameter(s) (RFC 8707), if any. */
  resource?: string | string[];
  /** The requested scopes; absent when a code or refresh token is exchanged (they were checked when asked for). */
  scopes?: string[];
  /** The app: its id and the scopes it registered (null: a first-party client, OIDC scopes only). */
  client: { id: string; scopes: string[] | null };
  /** A client_credentials request: API scopes then also need the API owner's approval. */
  clientCredentials: boolean;
  /**
   * Exchanging a code, device code or refresh token (no `scopes`): the scopes of this resource
   * that the user's grant holds and the exchanged token asks for.
   */
  granted?: string[];
};

export type ResourceDecision =
  | { ok: true; server: ResourceServer | null }
  | { ok: false; error: "invalid_scope" | "invalid_target"; description: string };

const refuse = (error: "invalid_scope" | "invalid_target", description: string): ResourceDecision => ({
  ok: false,
  error,
  description,
});
const list = (values: string[]) => values.join(" ");

/**
 * Which API (at most one) a token request is for, and whether the app may have what it asks
 * (ARCHITECTURE.md "APIs and their permissions"), decided before anything is issued:
 * - the API is the one named by `resource`, or else the one whose scopes are requested; scopes of
 *   two APIs are ambiguous, an unregistered resource is unknown (invalid_target, RFC 8707 §2);
 * - every requested scope exists, belongs to that API (or is an OIDC scope), and is registered by
 *   the app; with client_credentials API scopes must also be approved by the API's owner
 *   (invalid_scope, RFC 6749 §5.2).
 * The token then carries only the API's scopes the app registered (and, machine to machine, that
 * were approved, or, for a user, that the user consented to); a token that would carry none of them
 * gets no audience either (invalid_target, RFC 8707 §2): naming an API grants nothing by itself.
 * Reads across owners: the provider acts for Ninka (SystemActor).
 */
export async function resolveResourceServer(_system: SystemActor, request: ResourceRequest): Promise<ResourceDecision> {
  const resources = request.resource === undefined ? [] : [request.resource].flat();
  if (resources.length > 1) return refuse("invalid_target", "one API per token: send a single resource parameter");
  // Nothing that could not be an identifier reaches the database (PostgreSQL refuses U+0000).
  if (resources.some((resource) => resource.length > 300 || identifierProblem(resource))) {
    return refuse("invalid_target", "the resource is not a registered API");
  }
  const registered = new Set(request.client.scopes ?? []);
  const requested = request.scopes ?? [];
  const apiScopes = requested.filter((scope) => !isScope(scope));
  const db = getDb();

  const owners = apiScopes.length
    ? await db.apiScope.findMany({
        where: { value: { in: apiScopes } },
        select: { value: true, api: { select: { identifier: true } } },
      })
    : [];
  const unknown = apiScopes.filter((scope) => !owners.some((owner) => owner.value === scope));
  if (unknown.length) return refuse("invalid_scope", `unknown scope: ${list(unknown)}`);
  const identifiers = [...new Set(owners.map((owner) => owner.api.identifier))];
  if (!resources.length && identifiers.length > 1) {
    return refuse(
      "invalid_target",
      `the scopes belong to several APIs (${identifiers.join(", ")}); ask for one API per token`,
    );
  }
  const identifier = resources[0] ?? identifiers[0];
  const foreign = owners.filter((owner) => owner.api.identifier !== identifier).map((owner) => owner.value);
  if (foreign.length) return refuse("invalid_scope", `not scopes of ${identifier}: ${list(foreign)}`);
  const unregistered = (request.client.scopes ? requested : apiScopes).filter((scope) => !registered.has(scope));
  if (unregistered.length)
    return refuse("invalid_scope", `requested scope is not registered for this app: ${list(unregistered)}`);
  if (!identifier) return { ok: true, server: null };

  const api = await db.api.findUnique({
    where: { identifier },
    select: {
      identifier: true,
      name: true,
      accessTokenTtl: true,
      signingAlg: true,
      scopes: {
        select: {
          value: true,
          approvals: request.clientCredentials
            ? { where: { clientId: request.client.id }, select: { scope: true } }
            : undefined,
        },
      },
    },
  });
  if (!api) return refuse("invalid_target", "the resource is not a registered API");
  const approved = new Set(
    api.scopes.filter((scope) => !request.clientCredentials || scope.approvals?.length).map((scope) => scope.value),
  );
  const unapproved = apiScopes.filter((scope) => !approved.has(scope));
  if (unapproved.length)
    return refuse("invalid_scope", `not approved for this app by the owner of ${api.name}: ${list(unapproved)}`);
  const allowed = [...approved].filter((scope) => registered.has(scope));
  // What the token will carry: the scopes asked for now (all checked above), or at an exchange
  // those the grant holds that the app may still have.
  const carried = request.scopes ? apiScopes : allowed.filter((scope) => request.granted?.includes(scope));
  if (!carried.length) {
    return refuse(
      "invalid_target",
      request.scopes
        ? `ask for at least one scope of ${api.identifier}`
        : `this grant holds no scope of ${api.identifier}`,
    );
  }
  return {
    ok: true,
    server: {
      identifier: api.identifier,
      name: api.name,
      scopes: allowed,
      accessTokenTtl: api.accessTokenTtl,
      signingAlg: api.signingAlg as SigningAlg,
    },
  };
}
