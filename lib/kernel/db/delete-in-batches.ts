import { setTimeout as sleep } from "node:timers/promises";

/** Rows one purge statement deletes at most. */
export const PURGE_BATCH_SIZE = 500;
/** The least a batch shrinks to on a slow database. */
const MIN_BATCH_SIZE = 25;
// How long one batch may hold the event loop: SQLite's driver is synchronous, so a batch stalls
// every request for its whole duration (ARCHITECTURE.md "Scale"). A batch that took longer halves
// the next one; one that took a quarter of it doubles the next (up to PURGE_BATCH_SIZE). On a big
// table with several indexes, or a busy machine, 500 rows can take far longer than this.
const BATCH_BUDGET_MS = 20;
// Between batches the event loop serves whatever waited, for at least as long as the batch took:
// the purge never has more than half the process.
const MIN_PAUSE_MS = 5;

/**
 * Runs `deleteBatch(limit)` (which finds at most `limit` rows, deletes them and says how many it
 * found) until a batch comes back short, pausing between batches and sizing each batch by how long
 * the last took; returns the total. `shouldStop` ends it early (the process is shutting down).
 */
export async function deleteInBatches(
  deleteBatch: (limit: number) => Promise<number>,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  let total = 0;
  let limit = PURGE_BATCH_SIZE;
  for (;;) {
    const started = performance.now();
    const deleted = await deleteBatch(limit);
    const took = performance.now() - started;
    total += deleted;
    if (deleted < limit || shouldStop()) return total;
    if (took > BATCH_BUDGET_MS) limit = Math.max(MIN_BATCH_SIZE, Math.floor(limit / 2));
    else if (took < BATCH_BUDGET_MS / 4) limit = Math.min(PURGE_BATCH_SIZE, limit * 2);
    await sleep(Math.max(MIN_PAUSE_MS, took));
  }
}
