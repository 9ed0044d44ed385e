import "server-only";
import type { LifecycleTx } from "./transaction";

/** The mailed links a password change or reset makes worthless (ARCHITECTURE.md "What ends when"). */
export const LINKS_ENDED_BY_PASSWORD = ["reset", "change"] as const;

/** Revokes the account's personal access tokens (revoked, not deleted: the list keeps them). */
export async function revokePersonalAccessTokens(tx: LifecycleTx, userId: string, at = new Date()): Promise<number> {
  const { count } = await tx.personalAccessToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: at },
  });
  return count;
}

/** Ends the account's unused mailed links of these purposes (all purposes when none are named). */
export async function revokeEmailLinks(tx: LifecycleTx, userId: string, purposes?: readonly string[]): Promise<number> {
  const { count } = await tx.emailToken.deleteMany({
    where: { userId, usedAt: null, ...(purposes && { purpose: { in: [...purposes] } }) },
  });
  return count;
}
