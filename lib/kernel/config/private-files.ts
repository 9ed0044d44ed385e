import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";

// NINKA_DATA_DIR holds the SQLite database and the generated secret: readable by Ninka's own
// user only (ARCHITECTURE.md "Data"). Modes are set explicitly rather than trusted to the umask,
// and a directory or file left wider by an earlier version is narrowed at start.

/** Creates `dir` (and its parents) if needed and makes it 0700. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Makes `file` 0600, creating it empty first if it does not exist, so that SQLite, which gives
 * its -wal and -shm files the database file's mode, never creates any of them world-readable.
 */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, "a", 0o600));
  chmodSync(file, 0o600);
}

/** Narrows `file` to 0600 when it exists (e.g. a -wal file another process created earlier). */
export function narrowIfPresent(file: string): void {
  if (existsSync(file)) chmodSync(file, 0o600);
}
