import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { issueUserToken } from "@/lib/kernel/crypto/issue-user-token";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { parseCreateTokenInput } from "./schemas";
import { TOKEN_PREFIX } from "./token-format";
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
  const { token, row } = await issueUserToken(actor, {
    prefix: TOKEN_PREFIX,
    limitMessage: (max) =>
      `You have reached the limit of ${max} personal access tokens. Revoke one you no longer use first.`,
    // Revoked and expired tokens no longer count.
    countUsable: (tx) =>
      tx.personalAccessToken.count({ where: { userId: actor.id, revokedAt: null, ...notExpiredWhere() } }),
    create: (tx, columns) =>
      tx.personalAccessToken.create({
        data: {
          ...columns,
          name: input.name,
          scopes: input.scopes,
          expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
        },
        select: tokenSummarySelect,
      }),
    action: "token.created",
    details: () => ({ name: input.name, scopes: input.scopes }),
  });
  return { token, summary: toTokenSummary(row) };
}
