import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { getDatabaseTarget } from "./client";
import { SQLITE_PRAGMAS } from "./sqlite-setup";

// Pages one incremental_vacuum statement hands back (4 KiB each: a few milliseconds of work).
const VACUUM_PAGES = 200;
const MAX_ROUNDS = 2_500;
// Rows ANALYZE samples per index when `PRAGMA optimize` decides to run it: without a limit it reads
// every row (a second and more on a million-row table with several indexes, holding every request
// up); SQLite's documentation recommends about this many for optimize.
const ANALYSIS_LIMIT = 400;
// This connection never busy-waits (that would block the event loop a Prisma transaction of this
// process may need to commit, as for the hot path: ARCHITECTURE.md "Data"); a locked step is
// retried after a pause.
const BUSY_RETRIES = 50;
const BUSY_PAUSE_MS = 20;

async function unlocked<T>(step: () => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || attempt >= BUSY_RETRIES) throw error;
      await sleep(BUSY_PAUSE_MS);
    }
  }
}

/**
 * SQLite's housekeeping after a purge (ARCHITECTURE.md "Scale"): `PRAGMA optimize` keeps the
 * planner's statistics fresh (SQLite never gathers them by itself), and, on a database created
 * with incremental auto-vacuum (lib/kernel/db/sqlite-setup.ts), the pages purges freed go back to
 * the file system a slice at a time, pausing between slices, so the file shrinks without a
 * blocking VACUUM. On its own short-lived connection: incremental_vacuum frees one page per step,
 * and only the driver's exec steps a pragma to its end. PostgreSQL's autovacuum does both itself.
 */
export async function maintainSqlite(): Promise<{ pagesFreed: number }> {
  const target = getDatabaseTarget();
  if (target.kind !== "sqlite") return { pagesFreed: 0 };
  const db = new Database(target.file, { timeout: 0 });
  try {
    await unlocked(() => db.exec(SQLITE_PRAGMAS));
    await unlocked(() => db.exec(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}; PRAGMA optimize;`));
    if (db.pragma("auto_vacuum", { simple: true }) !== 2) return { pagesFreed: 0 }; // 2: INCREMENTAL
    let pagesFreed = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const free = Number(db.pragma("freelist_count", { simple: true }));
      if (free === 0) break;
      const started = performance.now();
      await unlocked(() => db.exec(`PRAGMA incremental_vacuum(${VACUUM_PAGES})`));
      pagesFreed += free - Number(db.pragma("freelist_count", { simple: true }));
      // Requests get at least as long as the slice took.
      await sleep(Math.max(5, performance.now() - started));
    }
    return { pagesFreed };
  } finally {
    db.close();
  }
}
