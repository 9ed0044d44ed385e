import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { getDatabaseTarget } from "./client";
import { SQLITE_PRAGMAS } from "./sqlite-setup";

// Pages one incremental_vacuum statement hands back (4 KiB each: a few milliseconds of work).
const VACUUM_PAGES = 1_000;
const MAX_ROUNDS = 500;

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
  const db = new Database(target.file, { timeout: 5_000 });
  try {
    db.exec(SQLITE_PRAGMAS);
    db.exec("PRAGMA optimize");
    if (db.pragma("auto_vacuum", { simple: true }) !== 2) return { pagesFreed: 0 }; // 2: INCREMENTAL
    let pagesFreed = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const free = Number(db.pragma("freelist_count", { simple: true }));
      if (free === 0) break;
      db.exec(`PRAGMA incremental_vacuum(${VACUUM_PAGES})`);
      pagesFreed += free - Number(db.pragma("freelist_count", { simple: true }));
      await sleep(5);
    }
    return { pagesFreed };
  } finally {
    db.close();
  }
}
