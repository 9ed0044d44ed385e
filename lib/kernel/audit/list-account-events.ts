import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listEventsQuerySchema } from "./schemas";
import { toAuditEventView } from "./to-audit-event-view";

/** The actor's own account activity (sign-ins, password, two-step, consent, their apps), newest first. */
export async function listAccountEvents(actor: Actor, query: unknown = {}) {
  const { limit, cursor, action } = parseOrThrow(listEventsQuerySchema, query, "Check the query parameters.");
  const page = pageQuery(limit, cursor);
  const rows = await getDb().auditEvent.findMany({
    ...page,
    where: { ...page.where, userId: actor.id, ...(action && { action }) },
  });
  const { page: events, nextCursor } = pageOf(rows, limit);
  return { events: events.map((row) => toAuditEventView(row, actor)), next_cursor: nextCursor };
}
