import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownedByActor } from "@/lib/kernel/actors/owner-scope";
import { getDb } from "@/lib/kernel/db/client";
import { parseClientId } from "./client-id";

/** Why an administrator suspended one of the actor's (or their teams') apps, or null when it is not suspended. */
export async function getClientSuspension(
  actor: Actor,
  input: unknown,
): Promise<{ since: Date; reason: string } | null> {
  const row = await getDb().client.findFirst({
    where: { id: parseClientId(input), ...ownedByActor(actor) },
    select: { suspendedAt: true, suspendedReason: true },
  });
  return row?.suspendedAt ? { since: row.suspendedAt, reason: row.suspendedReason ?? "" } : null;
}
