import { DomainError } from "@/lib/kernel/errors";
import type { Actor } from "@/lib/kernel/actors/actor";

// What a personal access token may do. A console session may do everything; a token only what
// its scopes allow. Write does not imply read: a token lists exactly what it can do.
export const TOKEN_SCOPES = [
  "clients:read",
  "clients:write",
  "apis:read",
  "apis:write",
  "teams:read",
  "teams:write",
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const scopeDescriptions: Record<TokenScope, string> = {
  "clients:read": "List and read your OAuth clients and their credential metadata",
  "clients:write": "Create, update and delete your OAuth clients and rotate their secrets",
  "apis:read": "List and read your APIs and the apps asking for their scopes",
  "apis:write": "Create, update and delete your APIs and approve apps' machine-to-machine access",
  "teams:read": "List and read your teams, their members, invitations and activity",
  "teams:write": "Create, change and delete teams, change and remove members, invite and join",
};

/** The known scopes in a stored JSON value, in canonical order (unknown entries are dropped). */
export function readScopes(stored: unknown): TokenScope[] {
  const values = Array.isArray(stored) ? stored : [];
  return TOKEN_SCOPES.filter((scope) => values.includes(scope));
}

/** Throws FORBIDDEN unless the actor is a console session or holds a token with `scope`. */
export function requireScope(actor: Actor, scope: TokenScope): void {
  if (actor.tokenScopes && !actor.tokenScopes.includes(scope)) {
    throw new DomainError("FORBIDDEN", `This token lacks the ${scope} scope`);
  }
}

/** Tokens are managed by the person (console or operator CLI), never by another token. */
export function requireNonTokenActor(actor: Actor): void {
  if (actor.tokenScopes) throw new DomainError("FORBIDDEN", "Personal access tokens cannot manage tokens");
}
