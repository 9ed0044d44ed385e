import "server-only";
import type { DatabaseTarget } from "@/lib/kernel/db/client";
import { log } from "@/lib/kernel/log";
import { openMigrationDriver } from "./drivers";
import { planMigrations } from "./plan-migrations";
import { migrationsDir, readMigrations } from "./read-migrations";

/**
 * Applies the pending migrations of the target database, each in its own transaction, and returns
 * their names. Safe to run from several processes at once and to run again (applies nothing).
 * Throws MigrationError when an applied migration's file was changed.
 */
export async function applyMigrations(target: DatabaseTarget, dir = migrationsDir(target.kind)): Promise<string[]> {
  const local = readMigrations(dir);
  const driver = openMigrationDriver(target);
  const applied: string[] = [];
  try {
    for (;;) {
      // Plan again inside every transaction: another process may have applied some meanwhile.
      const name = await driver.step(async (tx) => {
        const [next] = planMigrations(local, await tx.readApplied());
        if (!next) return undefined;
        await tx.apply(next);
        return next.name;
      });
      if (!name) break;
      log.info(`Applied migration ${name}`);
      applied.push(name);
    }
  } finally {
    await driver.close();
  }
  return applied;
}
