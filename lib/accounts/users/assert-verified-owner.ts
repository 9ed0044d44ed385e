import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";

/** What a developer registers: the words of the refusal. */
const REGISTERING = { app: "creating an app", api: "registering an API", team: "creating a team" } as const;

/**
 * Registering an app, an API or a team needs a verified email address (ARCHITECTURE.md "Verified
 * developers"): an unverified address could be anyone's, and a registration publishes a name (an
 * API's identifier and scope names too; a team's name on consent screens) under it. Checked inside
 * the registration's transaction, so console and REST answer alike (403); what was registered
 * before keeps working.
 */
export async function assertVerifiedOwner(
  tx: Pick<Db, "user">,
  userId: string,
  what: keyof typeof REGISTERING,
): Promise<void> {
  const owner = await tx.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!owner?.emailVerifiedAt) {
    throw new DomainError(
      "FORBIDDEN",
      `Verify your email address before ${REGISTERING[what]}: open the link we mailed you, or ask for a new one in the console.`,
    );
  }
}
