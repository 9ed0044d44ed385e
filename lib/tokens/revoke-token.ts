import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { requireNonTokenActor } from "./token-scopes";

/**
 * Revokes one of the actor's tokens; it stops authenticating at once. Another user's token, an
 * unknown id and an already revoked token are all NOT_FOUND, so ids reveal nothing.
 */
export async function revokeToken(actor: Actor, tokenId: string): Promise<void> {
  requireNonTokenActor(actor);
  const { count } = await getDb().personalAccessToken.updateMany({
    where: { id: tokenId, userId: actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "Token not found");
}
