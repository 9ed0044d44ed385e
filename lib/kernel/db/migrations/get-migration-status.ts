import "server-only";
import { getDatabaseTarget, getDb } from "@/lib/kernel/db/client";
import { planMigrations, type AppliedMigration } from "./plan-migrations";
import { migrationsDir, readMigrations } from "./read-migrations";

export type MigrationStatus = { ok: true } | { ok: false; reason: string };

/** Whether the database answers and has every shipped migration applied, unmodified. */
export async function getMigrationStatus(): Promise<MigrationStatus> {
  const kind = getDatabaseTarget().kind;
  let applied: AppliedMigration[];
  try {
    applied = await getDb().$queryRawUnsafe<AppliedMigration[]>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
  } catch {
    return { ok: false, reason: "database unreachable or not migrated" };
  }
  try {
    const pending = planMigrations(readMigrations(migrationsDir(kind)), applied);
    if (pending.length) return { ok: false, reason: `${pending.length} pending migration(s)` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  return { ok: true };
}
