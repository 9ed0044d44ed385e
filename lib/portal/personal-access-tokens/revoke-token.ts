import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { parseIdOrThrow } from "@/lib/kernel/validation/identifier";
import { requireNonTokenActor } from "./token-scopes";

const tokenNotFound = () => new DomainError("NOT_FOUND", "Token not found");

/**
 * Revokes one of the actor's tokens; it stops authenticating at once. Another user's token, an
 * unknown id and an already revoked token are all NOT_FOUND, so ids reveal nothing.
 */
export async function revokeToken(actor: Actor, input: unknown): Promise<void> {
  requireNonTokenActor(actor);
  const tokenId = parseIdOrThrow(input, tokenNotFound);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.personalAccessToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw tokenNotFound();
    await recordAuditEvent(tx, {
      actor,
      action: "token.revoked",
      target: { type: "token", id: tokenId },
      userId: actor.id,
    });
  });
}
