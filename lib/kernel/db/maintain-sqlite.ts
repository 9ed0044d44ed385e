import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { getDatabaseTarget, getDb } from "./client";

// Pages incremental_vacuum hands back per statement (4 KiB each: a few milliseconds of work).
const VACUUM_PAGES = 1_000;
const MAX_ROUNDS = 200;

/**
 * SQLite's housekeeping after a purge (ARCHITECTURE.md "Scale"): `PRAGMA optimize` keeps the
 * planner's statistics fresh (SQLite never gathers them by itself), and, on a database created
 * with incremental auto-vacuum (lib/kernel/db/sqlite-setup.ts), the pages purges freed go back to
 * the file system a slice at a time, so the file shrinks without a blocking VACUUM. PostgreSQL's
 * autovacuum does both itself: nothing to do there.
 */
export async function maintainSqlite(): Promise<{ pagesFreed: number }> {
  if (getDatabaseTarget().kind !== "sqlite") return { pagesFreed: 0 };
  const db = getDb();
  await db.$queryRawUnsafe("PRAGMA optimize");
  const pragma = async (name: string) =>
    Number(Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0] ?? {})[0] ?? 0);
  if ((await pragma("auto_vacuum")) !== 2) return { pagesFreed: 0 }; // 2: INCREMENTAL
  let pagesFreed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const free = await pragma("freelist_count");
    if (free === 0) break;
    await db.$queryRawUnsafe(`PRAGMA incremental_vacuum(${VACUUM_PAGES})`);
    pagesFreed += Math.min(Number(free), VACUUM_PAGES);
    await sleep(5);
  }
  return { pagesFreed };
}
