import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/kernel/db/client";
import { expiresAfter, LIFETIMES } from "@/lib/kernel/time/lifetimes";

// WebAuthn challenges live server-side, single use, for a few minutes (ARCHITECTURE.md
// "Passkeys"), never in one process's memory. Only the challenge's SHA-256 digest is the row id.
// A challenge is bound to what asked for it: the user adding a passkey, or the interaction (whose
// cookie only that browser holds) signing in. Consuming is one conditional delete, so a challenge
// used twice at once wins once, and an unknown, expired or foreign challenge simply is not there.
// The browser is told the same lifetime as its ceremony timeout (WebAuthn's `timeout`, in ms).
export const CEREMONY_TIMEOUT_MS = LIFETIMES.passkeyChallenge * 1000;

export type ChallengePurpose = "register" | "sign-in" | "second-step";

const digest = (challenge: string) => createHash("sha256").update(challenge).digest("base64url");

export async function saveChallenge(
  purpose: ChallengePurpose,
  subject: string,
  challenge: string,
  now = new Date(),
): Promise<void> {
  const db = getDb();
  // Expired challenges are dropped as new ones come (indexed on expiresAt), and so is an earlier
  // one for the same ceremony and subject (a newer prompt replaces it): at most one each, so
  // asking for options again and again cannot grow the table.
  await db.passkeyChallenge.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { purpose, subject }] } });
  await db.passkeyChallenge.create({
    data: { id: digest(challenge), purpose, subject, expiresAt: expiresAfter(LIFETIMES.passkeyChallenge, now) },
  });
}

/**
 * For SimpleWebAuthn's `expectedChallenge` callback: true exactly once for a live challenge that
 * was issued for `purpose` and `subject`; the row is gone afterwards whatever the verification's
 * outcome.
 */
export const consumeChallenge = (purpose: ChallengePurpose, subject: string) => async (challenge: string) => {
  const { count } = await getDb().passkeyChallenge.deleteMany({
    where: { id: digest(challenge), purpose, subject, expiresAt: { gt: new Date() } },
  });
  return count === 1;
};
