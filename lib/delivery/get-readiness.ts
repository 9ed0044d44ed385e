import { getMigrationStatus } from "@/lib/kernel/db/migrations/get-migration-status";

export type Readiness = { status: "ready" } | { status: "not_ready"; reason: string };

/** Ready when the database answers and every shipped migration is applied. */
export async function getReadiness(): Promise<Readiness> {
  const migrations = await getMigrationStatus();
  return migrations.ok ? { status: "ready" } : { status: "not_ready", reason: migrations.reason };
}
