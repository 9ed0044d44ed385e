// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { ConfigError } from "../lib/kernel/config/get-config";
import { getDatabaseTarget } from "../lib/kernel/db/client";
import { applyMigrations } from "../lib/kernel/db/migrations/apply-migrations";
import { MigrationError } from "../lib/kernel/db/migrations/plan-migrations";

try {
  const applied = await applyMigrations(getDatabaseTarget());
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (error) {
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
