import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { findApiScopes } from "@/lib/portal/apis/scope-groups";
import { publisherName } from "@/lib/portal/clients/publisher-name";

export type CatalogueApi = {
  id: string;
  name: string;
  description: string;
  developer: string;
  scopes: { value: string; description: string }[];
};

/**
 * The APIs an app may ask for, for the console's scope picker: each with its description and
 * developer (named as on the consent screen, never by email) and its scopes.
 */
export async function listScopeCatalogue(actor: Actor): Promise<CatalogueApi[]> {
  return (await findApiScopes(actor, "all")).map(({ api, scopes }) => ({
    id: api.id,
    name: api.name,
    description: api.description,
    developer: publisherName(api.owner, api.team),
    scopes,
  }));
}
