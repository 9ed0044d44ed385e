// What "expired" means for everything Ninka stores with an expiry (client secrets, personal access
// tokens, oidc-provider rows, grants): expired from the instant `expiresAt` is reached; no expiry
// means live until deleted. One rule, written as a predicate for views and as a Prisma filter.

type Instant = Date | string | null;

/** Whether something with this expiry has expired at `now`. */
export function isExpired(expiresAt: Instant, now = new Date()): boolean {
  return expiresAt !== null && new Date(expiresAt).getTime() <= now.getTime();
}

/** Prisma `where` fragment for rows that have not expired at `now` (the same rule as isExpired). */
export const notExpiredWhere = (now = new Date()) => ({ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });
