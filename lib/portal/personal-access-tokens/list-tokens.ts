import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { requireNonTokenActor } from "./token-scopes";
import { toTokenSummary, tokenSummarySelect, type TokenSummary } from "./token-summary";

/** The actor's tokens that are not revoked, newest first (expired ones included, to be recognised). */
export async function listTokens(actor: Actor): Promise<TokenSummary[]> {
  requireNonTokenActor(actor);
  const rows = await getDb().personalAccessToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: tokenSummarySelect,
  });
  return rows.map(toTokenSummary);
}
