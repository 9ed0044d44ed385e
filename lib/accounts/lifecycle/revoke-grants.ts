import "server-only";
import { GRANT_BOUND_MODELS, GRANT_MODEL } from "@/lib/oauth-core/upstream/oidc-provider-internals";
import type { LifecycleTx } from "./transaction";

/**
 * Ends the consent `accountId` gave (to every app, or to `clientId` only) and every code, access
 * token and refresh token issued under it: the app's next token request fails with invalid_grant
 * and its next sign-in asks for consent again. Returns the apps that lost access.
 */
export async function revokeGrants(tx: LifecycleTx, accountId: string, clientId?: string): Promise<string[]> {
  const grants = await tx.oidcPayload.findMany({
    where: { model: GRANT_MODEL, accountId, ...(clientId && { clientId }) },
    select: { id: true, clientId: true },
  });
  if (!grants.length) return [];
  const ids = grants.map((grant) => grant.id);
  await tx.oidcPayload.deleteMany({ where: { model: { in: [...GRANT_BOUND_MODELS] }, grantId: { in: ids } } });
  await tx.oidcPayload.deleteMany({ where: { model: GRANT_MODEL, id: { in: ids } } });
  return [...new Set(grants.flatMap((grant) => (grant.clientId ? [grant.clientId] : [])))];
}
