import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { GRANT_BOUND_MODELS, GRANT_MODEL } from "./grant-rows";

/**
 * "Remove access": ends every grant the actor gave `clientId` and, at once, every code, access
 * token and refresh token issued under them. Only the actor's own grants are touched; an app the
 * actor never connected is NotFound. The app's next token request fails with invalid_grant and
 * its next sign-in asks for consent again.
 */
export async function deleteGrant(actor: Actor, clientId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const grants = await tx.oidcPayload.findMany({ where: { model: GRANT_MODEL, accountId: actor.id, clientId }, select: { id: true } });
    if (!grants.length) throw new DomainError("NOT_FOUND", "This app has no access to your account.");
    const ids = grants.map((grant) => grant.id);
    await tx.oidcPayload.deleteMany({ where: { model: { in: GRANT_BOUND_MODELS }, grantId: { in: ids } } });
    await tx.oidcPayload.deleteMany({ where: { model: GRANT_MODEL, id: { in: ids } } });
  });
}
