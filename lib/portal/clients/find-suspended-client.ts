import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";

/**
 * The name of app `clientId` if an administrator suspended it, else null: for the error page an
 * authorization request for it ends on (ARCHITECTURE.md "Administration"). The reason stays
 * between the administrator and the owner.
 */
export async function findSuspendedClientName(_system: SystemActor, clientId: unknown): Promise<string | null> {
  if (typeof clientId !== "string" || clientId.length > 200) return null;
  const row = await getDb().client.findUnique({ where: { id: clientId }, select: { name: true, suspendedAt: true } });
  return row?.suspendedAt ? row.name : null;
}
