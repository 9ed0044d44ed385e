import { ownerNames, toOwnerView, type OwnerNames } from "@/lib/kernel/actors/owner-scope";
import type { Api, ApiScope } from "@/lib/kernel/db/generated/sqlite/client";
import type { ApiInput, ApiView } from "./schemas";

export type ApiRow = Api & { scopes: Pick<ApiScope, "value" | "description" | "position">[] } & OwnerNames;

/** Include this in a query of Api rows to get what toApiView needs. */
export const withScopes = {
  scopes: { select: { value: true, description: true, position: true }, orderBy: { position: "asc" } },
  ...ownerNames,
} as const;

export function toApiView(row: ApiRow): ApiView {
  return {
    id: row.id,
    name: row.name,
    identifier: row.identifier,
    description: row.description,
    scopes: row.scopes.map(({ value, description }) => ({ value, description })),
    access_token_ttl: row.accessTokenTtl,
    signing_alg: row.signingAlg as ApiView["signing_alg"],
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    owner: toOwnerView(row),
  };
}

/** The Api columns a validated input sets (the identifier only at creation). */
export const toApiColumns = (input: ApiInput) => ({
  name: input.name,
  description: input.description,
  accessTokenTtl: input.access_token_ttl,
  signingAlg: input.signing_alg,
});

/** ApiScope rows of the input, in its order. */
export const toScopeRows = (input: ApiInput) => input.scopes.map((scope, position) => ({ ...scope, position }));
