import { dirname } from "node:path";
import { ensurePrivateDir, ensurePrivateFile, narrowIfPresent } from "@/lib/kernel/config/private-files";

// How Ninka opens its SQLite database, for the server's Prisma client and the migration runner
// alike (ARCHITECTURE.md "Data").

/**
 * WAL, so readers never wait for the writer; synchronous=NORMAL: a commit is in the WAL before
 * the statement returns, so it survives the process being killed; only an operating-system crash
 * or power cut can lose the last commits (never corrupt the file). FULL would also fsync every
 * commit: about 6 ms each on the reference machine, capping writes far below the token endpoint's
 * rate. better-sqlite3 compiles NORMAL in as the WAL default; it is set here so it never depends on that.
 */
export const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

/**
 * For a file that has no table yet (the migration runner sets it before the first migration):
 * incremental auto-vacuum, so purged pages can go back to the file system in slices
 * (lib/kernel/db/maintain-sqlite.ts). It cannot be switched on later without a VACUUM.
 */
export const SQLITE_NEW_FILE_PRAGMAS = "PRAGMA auto_vacuum = INCREMENTAL;";

/** The data directory 0700 and the database files 0600, before SQLite opens (or creates) them. */
export function prepareSqliteFiles(file: string): void {
  ensurePrivateDir(dirname(file));
  ensurePrivateFile(file);
  for (const suffix of ["-wal", "-shm"]) narrowIfPresent(`${file}${suffix}`);
}
