import "server-only";
import type { Db } from "./client";

/**
 * Takes the write lock on one team's row for the rest of the transaction, so "count the owners,
 * then demote or remove one" runs one at a time per team on both databases, as lockUser does for
 * a user's row (lib/kernel/db/lock-user.ts): a team always keeps an owner (ARCHITECTURE.md "Teams").
 */
export async function lockTeam(tx: Pick<Db, "$executeRaw">, teamId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Team" SET "id" = "id" WHERE "id" = ${teamId}`;
}
