import type { LocalMigration } from "./read-migrations";

export type AppliedMigration = {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * Which local migrations still have to run. Refuses (MigrationError) when an applied migration's
 * file has changed since (its checksum differs) or when one was left half-applied: both need a
 * person, not a retry.
 */
export function planMigrations(local: LocalMigration[], applied: AppliedMigration[]): LocalMigration[] {
  const live = applied.filter((row) => row.rolled_back_at == null);
  const pending: LocalMigration[] = [];
  for (const migration of local) {
    const row = live.find((r) => r.migration_name === migration.name);
    if (!row) {
      pending.push(migration);
    } else if (row.finished_at == null) {
      throw new MigrationError(
        `Migration ${migration.name} was started but never finished; repair the database, then mark it rolled back in _prisma_migrations`,
      );
    } else if (row.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${migration.checksum.slice(0, 12)}… on disk); restore the original file and add a new migration instead`,
      );
    }
  }
  return pending;
}
