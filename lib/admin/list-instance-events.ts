import "server-only";
import { z } from "zod";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { listEventsQuerySchema } from "@/lib/audit/schemas";
import { toAuditEventView } from "@/lib/audit/to-audit-event-view";
import { getDb } from "@/lib/db/client";
import { assertAdmin } from "@/lib/settings/assert-admin";
import { pageOf, pageQuery } from "@/lib/validation/page-cursor";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";
import { plainText } from "@/lib/validation/plain-text";

const filterSchema = listEventsQuerySchema.extend({
  actor: plainText().trim().max(254).optional().describe("Part of the actor's email or label"),
  client: plainText().trim().max(200).optional().describe("An app's client ID"),
});
export type InstanceEventFilters = z.input<typeof filterSchema>;

/** Every audit event, newest first, filtered by action, actor and app (admins only, ARCHITECTURE.md "Audit log"). */
export async function listInstanceEvents(actor: AuditActor, query: unknown = {}) {
  const filters = parseOrThrow(filterSchema, query, "Check the filters.");
  const db = getDb();
  await assertAdmin(db, actor);
  const page = pageQuery(filters.limit, filters.cursor);
  const rows = await db.auditEvent.findMany({
    ...page,
    where: {
      ...page.where,
      ...(filters.action && { action: filters.action }),
      ...(filters.actor && { actorLabel: { contains: filters.actor } }),
      ...(filters.client && { clientId: filters.client }),
    },
  });
  const { page: events, nextCursor } = pageOf(rows, filters.limit);
  return { events: events.map((row) => toAuditEventView(row, "admin")), next_cursor: nextCursor, filters };
}
