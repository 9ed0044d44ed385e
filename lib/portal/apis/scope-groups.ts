import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { isApiScopeValue } from "./schemas";

// APIs with their scopes in the owner's order, as an app's developer and an end user see them:
// the console's scope picker, the consent screen and connected apps. The catalogue is public to
// every signed-in developer (any app may ask for any API's scopes), so these reads cross owners.
export type ApiScopeGroup = {
  api: {
    id: string;
    identifier: string;
    name: string;
    description: string;
    // A team's API has no owning person (ARCHITECTURE.md "Teams").
    owner: { name: string; email: string; emailVerifiedAt: Date | null } | null;
    team: { name: string } | null;
  };
  scopes: { value: string; description: string }[];
};

const apiSelect = {
  id: true,
  identifier: true,
  name: true,
  description: true,
  owner: { select: { name: true, email: true, emailVerifiedAt: true } },
  team: { select: { name: true } },
} as const;

/**
 * The given scope values that are API scopes, grouped by API (unknown values are left out), or
 * with "all" every API that defines scopes (the console's scope picker).
 */
export async function findApiScopes(_reader: Actor | SystemActor, values: string[] | "all"): Promise<ApiScopeGroup[]> {
  // Only values an API could define are looked up: OIDC scopes and malformed values never are
  // (schemas.ts), so a plain sign-in (openid profile email) costs no query.
  const candidates = values === "all" ? values : values.filter(isApiScopeValue);
  if (!candidates.length) return [];
  const scopeWhere = candidates === "all" ? {} : { value: { in: candidates } };
  const apis = await getDb().api.findMany({
    where: { scopes: { some: scopeWhere } },
    select: {
      ...apiSelect,
      scopes: { where: scopeWhere, select: { value: true, description: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return apis.map(({ scopes, ...api }) => ({ api, scopes }));
}
