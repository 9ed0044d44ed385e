import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { digestSecret, isWellFormedSecret, SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";
import type { Db } from "@/lib/kernel/db/client";
import { getDb } from "@/lib/kernel/db/client";

// The registration endpoint's side of initial access tokens (RFC 7591 §3): which developer a
// presented token stands for, and spending one registration of it. Expiry, revocation and the
// limit are all in the where clauses, so the check and the spending are the same rule.
const usableWhere = (now = new Date()) => ({ revokedAt: null, expiresAt: { gt: now } });

/** The usable token with this value (its id and developer), or null. */
export async function findRegistrationToken(_system: SystemActor, token: string) {
  if (!isWellFormedSecret(SECRET_PREFIXES.registrationToken, token)) return null;
  const row = await getDb().registrationToken.findFirst({
    where: { digest: digestSecret(token), ...usableWhere() },
    select: { id: true, userId: true, registrations: true, maxRegistrations: true },
  });
  return row && row.registrations < row.maxRegistrations ? { id: row.id, userId: row.userId } : null;
}

/**
 * Spends one registration of the token inside the registering transaction: one conditional
 * UPDATE (a field reference compares the count with its limit), so parallel registrations cannot
 * exceed it. False when none is left, or the token expired or was revoked meanwhile.
 */
export async function spendRegistration(tx: Pick<Db, "registrationToken">, tokenId: string): Promise<boolean> {
  const { count } = await tx.registrationToken.updateMany({
    where: {
      id: tokenId,
      ...usableWhere(),
      registrations: { lt: tx.registrationToken.fields.maxRegistrations },
    },
    data: { registrations: { increment: 1 } },
  });
  return count === 1;
}
