import "server-only";
import type { Db } from "./client";

/**
 * Takes the write lock on one user's row for the rest of the transaction, so "count, then insert"
 * checks of a per-user cap run one at a time for that user: PostgreSQL holds the row lock until
 * commit (a concurrent transaction waits, then counts the committed rows), SQLite holds its single
 * write lock. A parallel burst therefore cannot exceed the cap (ARCHITECTURE.md "Data").
 */
export async function lockUser(tx: Pick<Db, "$executeRaw">, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${userId}`;
}
