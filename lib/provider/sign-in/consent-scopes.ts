import type { ApiScopeGroup } from "@/lib/portal/apis/scope-groups";
import { publisherName } from "@/lib/portal/clients/publisher-name";
import { SCOPE_NAMES, SCOPES } from "@/lib/oauth-core/scopes/oidc-scopes";

export type ConsentScope = { name: string; title: string; description: string; isNew: boolean };
/** An API's requested permissions, under its name and developer. */
export type ConsentApi = { identifier: string; name: string; developer: string; scopes: ConsentScope[] };

/**
 * The scopes a consent screen lists, in plain words and Ninka's order: every requested scope,
 * marked new when the app does not hold it yet (`missing`, from oidc-provider's consent prompt).
 * Without `missing` (prompt=consent, or a native app, which always asks) nothing is new.
 */
export function consentScopes(requested: string[], missing: string[] | undefined): ConsentScope[] {
  const wanted = new Set(requested);
  const fresh = new Set(missing ?? []);
  return SCOPE_NAMES.filter((name) => wanted.has(name)).map((name) => ({
    name,
    ...SCOPES[name],
    isNew: fresh.has(name),
  }));
}

/**
 * The requested permissions of APIs, grouped under each API's name and developer, in the API's
 * own words (its scope descriptions are written for end users). New means the app does not hold it
 * yet for that API (`missing`, oidc-provider's missingResourceScopes by resource indicator).
 */
export function consentApis(groups: ApiScopeGroup[], missing: Record<string, string[]> | undefined): ConsentApi[] {
  return groups.map(({ api, scopes }) => ({
    identifier: api.identifier,
    name: api.name,
    developer: publisherName(api.owner, api.team),
    scopes: scopes.map(({ value, description }) => ({
      name: value,
      title: description,
      description: "",
      isNew: !!missing?.[api.identifier]?.includes(value),
    })),
  }));
}
