import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { listEventsPage, parseEventsQuery } from "./list-events-page";

/** The actor's own account activity (sign-ins, password, two-step, consent, their apps), newest first. */
export async function listAccountEvents(actor: Actor, query: unknown = {}) {
  return listEventsPage({ userId: actor.id }, parseEventsQuery(query), actor);
}
