import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DatabaseKind } from "@/lib/kernel/db/client";

export type LocalMigration = { name: string; sql: string; checksum: string };

export function migrationsDir(kind: DatabaseKind, root = process.cwd()): string {
  return resolve(root, "prisma/migrations", kind);
}

/**
 * The migrations shipped for one database, oldest first, in Prisma's layout
 * (`<timestamp>_<name>/migration.sql`). The checksum is Prisma's: SHA-256 of the file, hex.
 */
export function readMigrations(dir: string): LocalMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"));
      return { name, sql: sql.toString("utf8"), checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
