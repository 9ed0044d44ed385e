import { setTimeout as sleep } from "node:timers/promises";

/** Rows one purge statement deletes at most: a few milliseconds of work on either database. */
export const PURGE_BATCH_SIZE = 500;
// Between batches the event loop serves whatever waited (SQLite's driver is synchronous: one large
// DELETE would hold every request up for its whole duration; ARCHITECTURE.md "Scale").
const PAUSE_MS = 5;

/**
 * Runs `deleteBatch` (which finds at most PURGE_BATCH_SIZE rows, deletes them and says how many it
 * found) until a batch comes back short, pausing between batches; returns the total. `shouldStop` ends it early (the
 * process is shutting down).
 */
export async function deleteInBatches(
  deleteBatch: () => Promise<number>,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < PURGE_BATCH_SIZE || shouldStop()) return total;
    await sleep(PAUSE_MS);
  }
}
