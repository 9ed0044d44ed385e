import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { lockUser } from "@/lib/kernel/db/lock-user";
import { DomainError } from "@/lib/kernel/errors";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { parseCreateTokenInput } from "./schemas";
import { generateToken } from "./token-format";
import { requireNonTokenActor } from "./token-scopes";
import { toTokenSummary, tokenSummarySelect, type TokenSummary } from "./token-summary";
import { DAY_MS } from "@/lib/kernel/time/durations";

/**
 * Creates a personal access token for the actor. The plaintext is returned here, once; only its
 * digest is stored. At most NINKA_MAX_TOKENS_PER_USER per user, checked under the user's row lock.
 */
export async function createToken(actor: Actor, raw: unknown): Promise<{ token: string; summary: TokenSummary }> {
  requireNonTokenActor(actor);
  const input = parseCreateTokenInput(raw);
  const { token, digest, hint } = generateToken();
  const max = getConfig().NINKA_MAX_TOKENS_PER_USER;
  const row = await getDb().$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    // Revoked and expired tokens no longer count.
    if (
      (await tx.personalAccessToken.count({ where: { userId: actor.id, revokedAt: null, ...notExpiredWhere() } })) >=
      max
    ) {
      throw new DomainError(
        "CONFLICT",
        `You have reached the limit of ${max} personal access tokens. Revoke one you no longer use first.`,
      );
    }
    const created = await tx.personalAccessToken.create({
      data: {
        id: randomUUID(),
        userId: actor.id,
        name: input.name,
        digest,
        hint,
        scopes: input.scopes,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
      },
      select: tokenSummarySelect,
    });
    await recordAuditEvent(tx, {
      actor,
      action: "token.created",
      target: { type: "token", id: created.id },
      userId: actor.id,
      details: { name: input.name, scopes: input.scopes },
    });
    return created;
  });
  return { token, summary: toTokenSummary(row) };
}
