import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { ownedByActor } from "@/lib/kernel/actors/owner-scope";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listEventsQuerySchema } from "./schemas";
import { toAuditEventView } from "./to-audit-event-view";

/**
 * The activity of the actor's or their team's app (any role), newest first, cursor-paged (GET /clients/{clientId}/events and
 * the app page's Activity). Another developer's app, or one deleted, is NOT_FOUND.
 */
export async function listClientEvents(actor: Actor, clientId: unknown, query: unknown = {}) {
  const { limit, cursor, action } = parseOrThrow(listEventsQuerySchema, query, "Check the query parameters.");
  const db = getDb();
  const owned =
    typeof clientId === "string" &&
    clientId.length <= 200 &&
    (await db.client.count({ where: { id: clientId, ...ownedByActor(actor) } })) > 0;
  if (!owned) throw new DomainError("NOT_FOUND", "Client not found");
  const page = pageQuery(limit, cursor);
  const rows = await db.auditEvent.findMany({ ...page, where: { ...page.where, clientId, ...(action && { action }) } });
  const { page: events, nextCursor } = pageOf(rows, limit);
  return { events: events.map((row) => toAuditEventView(row, actor)), next_cursor: nextCursor };
}
