import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { listEventsQuerySchema } from "@/lib/kernel/audit/schemas";
import { toAuditEventView } from "@/lib/kernel/audit/to-audit-event-view";
import { getDb, type Db } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { addUtcDays, utcDayStart } from "@/lib/kernel/time/utc-day";
import { isoDaySchema } from "@/lib/kernel/validation/iso-day";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { plainText } from "@/lib/kernel/validation/plain-text";

export const instanceEventFilterSchema = listEventsQuerySchema.extend({
  actor: plainText()
    .trim()
    .max(254)
    .optional()
    .describe("The actor's email address (as it was then) or label, exactly"),
  client: plainText().trim().max(200).optional().describe("An app's client ID"),
  user: plainText().trim().max(200).optional().describe("The id of the account an event concerns"),
  team: plainText().trim().max(200).optional().describe("The id of the team whose feed shows an event"),
  from: isoDaySchema.optional().describe("From this UTC day on (YYYY-MM-DD)"),
  to: isoDaySchema.optional().describe("Up to and including this UTC day (YYYY-MM-DD)"),
});
type Filters = z.output<typeof instanceEventFilterSchema>;

/** The where clause of the filters: equalities an AuditEvent index answers, and a createdAt range. */
export function instanceEventWhere(filters: Filters) {
  const since = filters.from ? utcDayStart(filters.from) : undefined;
  const before = filters.to ? utcDayStart(addUtcDays(filters.to, 1)) : undefined;
  return {
    ...(filters.action && { action: filters.action }),
    ...(filters.actor && { actorLabel: filters.actor }),
    ...(filters.client && { clientId: filters.client }),
    ...(filters.user && { userId: filters.user }),
    ...(filters.team && { teamId: filters.team }),
    ...((since || before) && { createdAt: { ...(since && { gte: since }), ...(before && { lt: before }) } }),
  };
}

type Row = Awaited<ReturnType<Db["auditEvent"]["findMany"]>>[number];

/**
 * The events as an administrator reads them: each with the account it concerns (a sign-in's, say,
 * whose actor is Ninka) and the app's name, looked up for the page at once (ARCHITECTURE.md "Audit log").
 */
export async function withNames(db: Pick<Db, "user" | "client">, rows: Row[]) {
  const ids = (pick: (row: Row) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => !!id))];
  const [users, apps] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids((row) => row.userId) } }, select: { id: true, email: true } }),
    db.client.findMany({ where: { id: { in: ids((row) => row.clientId) } }, select: { id: true, name: true } }),
  ]);
  const emails = new Map(users.map((user) => [user.id, user.email]));
  const names = new Map(apps.map((app) => [app.id, app.name]));
  return rows.map((row) => ({
    ...toAuditEventView(row, "admin"),
    account: (row.userId && emails.get(row.userId)) || null,
    account_id: row.userId && emails.has(row.userId) ? row.userId : null,
    app: (row.clientId && names.get(row.clientId)) || null,
  }));
}

/**
 * Every audit event, newest first, filtered by action, actor, app, account, team and days (admins only,
 * ARCHITECTURE.md "Audit log"). Each filter is an index's equality or its createdAt range, in
 * (createdAt, id) order, so a page costs the same on a million events (ARCHITECTURE.md "Scale").
 */
export async function listInstanceEvents(actor: AnyActor, query: unknown = {}) {
  const filters = parseOrThrow(instanceEventFilterSchema, query, "Check the filters.");
  const db = getDb();
  await assertAdmin(db, actor);
  const page = pageQuery(filters.limit, filters.cursor);
  const rows = await db.auditEvent.findMany({ ...page, where: { ...page.where, ...instanceEventWhere(filters) } });
  const { page: events, nextCursor } = pageOf(rows, filters.limit);
  return { events: await withNames(db, events), next_cursor: nextCursor, filters };
}
