import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { describeError, log } from "@/lib/kernel/log";
import { digestToken, parseBearerToken } from "./token-format";
import { readScopes } from "./token-scopes";

// lastUsedAt is for people ("used 3 days ago"), not auditing: one write per token per minute at
// most, however many requests and processes use it.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The actor of a request carrying `Authorization: Bearer <personal access token>`, with the
 * token's scopes; null for a missing, malformed, unknown, revoked or expired token.
 */
export async function authenticateBearer(request: Request): Promise<Actor | null> {
  const token = parseBearerToken(request.headers.get("authorization"));
  if (!token) return null;
  const row = await getDb().personalAccessToken.findUnique({
    where: { digest: digestToken(token) },
    select: {
      id: true,
      scopes: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchLastUsed(row.id, now);
  }
  return { ...row.user, tokenScopes: readScopes(row.scopes) };
}

// Conditional, so that concurrent requests (in any process) write once per interval. A failure
// here must not fail the request it belongs to.
async function touchLastUsed(id: string, now: Date) {
  try {
    await getDb().personalAccessToken.updateMany({
      where: {
        id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  } catch (error) {
    log.warn("Could not record token use", { tokenId: id, error: describeError(error) });
  }
}
