import { SCOPE_NAMES, SCOPES } from "@/lib/scopes/oidc-scopes";

export type ConsentScope = { name: string; title: string; description: string; isNew: boolean };

/**
 * The scopes a consent screen lists, in plain words and Ninka's order: every requested scope,
 * marked new when the app does not hold it yet (`missing`, from oidc-provider's consent prompt).
 * Without `missing` (prompt=consent, or a native app, which always asks) nothing is new.
 */
export function consentScopes(requested: string[], missing: string[] | undefined): ConsentScope[] {
  const wanted = new Set(requested);
  const fresh = new Set(missing ?? []);
  return SCOPE_NAMES.filter((name) => wanted.has(name)).map((name) => ({ name, ...SCOPES[name], isNew: fresh.has(name) }));
}

