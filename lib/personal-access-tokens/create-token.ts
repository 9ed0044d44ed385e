import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { parseCreateTokenInput } from "./schemas";
import { generateToken } from "./token-format";
import { requireNonTokenActor } from "./token-scopes";
import { toTokenSummary, tokenSummarySelect, type TokenSummary } from "./token-summary";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a personal access token for the actor. The plaintext is returned here, once; only its
 * digest is stored.
 */
export async function createToken(actor: Actor, raw: unknown): Promise<{ token: string; summary: TokenSummary }> {
  requireNonTokenActor(actor);
  const input = parseCreateTokenInput(raw);
  const { token, digest, hint } = generateToken();
  const row = await getDb().personalAccessToken.create({
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
  return { token, summary: toTokenSummary(row) };
}
