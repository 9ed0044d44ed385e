import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { listEventsQuerySchema } from "@/lib/kernel/audit/schemas";
import { toAuditEventView } from "@/lib/kernel/audit/to-audit-event-view";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";

const filterSchema = listEventsQuerySchema.extend({
  actor: plainText()
    .trim()
    .max(254)
    .optional()
    .describe("The actor's email address (as it was then) or label, exactly"),
  client: plainText().trim().max(200).optional().describe("An app's client ID"),
});

/**
 * Every audit event, newest first, filtered by action, actor and app (admins only, ARCHITECTURE.md
 * "Audit log"). Each filter is an equality an AuditEvent index answers in (createdAt, id) order,
 * so a page costs the same on a million events (ARCHITECTURE.md "Scale").
 */
export async function listInstanceEvents(actor: AnyActor, query: unknown = {}) {
  const filters = parseOrThrow(filterSchema, query, "Check the filters.");
  const db = getDb();
  await assertAdmin(db, actor);
  const page = pageQuery(filters.limit, filters.cursor);
  const rows = await db.auditEvent.findMany({
    ...page,
    where: {
      ...page.where,
      ...(filters.action && { action: filters.action }),
      ...(filters.actor && { actorLabel: filters.actor }),
      ...(filters.client && { clientId: filters.client }),
    },
  });
  const { page: events, nextCursor } = pageOf(rows, filters.limit);
  return { events: events.map((row) => toAuditEventView(row, "admin")), next_cursor: nextCursor, filters };
}
