import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import type { Prisma } from "@/lib/kernel/db/generated/sqlite/client";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { listEventsQuerySchema } from "./schemas";
import { toAuditEventView, type AuditViewer } from "./to-audit-event-view";

/** Parses a feed's query (limit, cursor, action) before anything is read. */
export const parseEventsQuery = (query: unknown) =>
  parseOrThrow(listEventsQuerySchema, query, "Check the query parameters.");

/** One page of a feed's events (`where` names the feed), newest first, as `viewer` may see them. */
export async function listEventsPage(
  where: Prisma.AuditEventWhereInput,
  { limit, cursor, action }: ReturnType<typeof parseEventsQuery>,
  viewer: AuditViewer,
) {
  const page = pageQuery(limit, cursor);
  const rows = await getDb().auditEvent.findMany({
    ...page,
    where: { ...page.where, ...where, ...(action && { action }) },
  });
  const { page: events, nextCursor } = pageOf(rows, limit);
  return { events: events.map((row) => toAuditEventView(row, viewer)), next_cursor: nextCursor };
}
