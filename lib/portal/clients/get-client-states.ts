import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownedByActor } from "@/lib/kernel/actors/owner-scope";
import { getDb } from "@/lib/kernel/db/client";
import { reviewStateOf, type ReviewState } from "@/lib/portal/reviews/review-states";

/** What the owner's app list badges: an administrator's suspension and the app's review state. */
export type ClientState = { suspended: boolean; review: ReviewState };

/**
 * The states of the actor's (or their teams') apps `clientIds` (the page of the list they see), by client ID. Apart
 * from the client view, which is the REST resource: suspension and review are the console's words
 * (ARCHITECTURE.md "Administration", "App review").
 */
export async function getClientStates(actor: Actor, clientIds: string[]): Promise<Record<string, ClientState>> {
  if (clientIds.length === 0) return {};
  const rows = await getDb().client.findMany({
    where: { id: { in: clientIds }, ...ownedByActor(actor) },
    select: { id: true, suspendedAt: true, review: { select: { status: true } } },
  });
  return Object.fromEntries(
    rows.map((row) => [row.id, { suspended: row.suspendedAt !== null, review: reviewStateOf(row.review) }]),
  );
}
