import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { AUDIT_ACTION_LABELS } from "@/lib/kernel/audit/audit-actions";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { pageOf, pageQuery } from "@/lib/kernel/validation/page-cursor";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";
import { instanceEventFilterSchema, instanceEventWhere, withNames } from "./list-instance-events";

// The audit log's filtered view as CSV (ARCHITECTURE.md "Audit log"): what an administrator hands to
// an auditor. At most EXPORT_LIMIT rows, newest first, read in pages by the index the view uses.
const EXPORT_LIMIT = 10_000;
const PAGE = 500;
const COLUMNS = ["time", "action", "what", "actor", "account", "app", "client_id", "ip", "user_agent", "details"];

// RFC 4180 quoting; a cell a spreadsheet would run as a formula starts with a quote mark instead.
const cell = (value: string | null) => {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The events the filters select, as CSV text with a header row. Admins only. */
export async function exportInstanceEvents(actor: AnyActor, query: unknown = {}): Promise<string> {
  const filters = parseOrThrow(instanceEventFilterSchema, query, "Check the filters.");
  const db = getDb();
  await assertAdmin(db, actor);
  const lines = [COLUMNS.join(",")];
  // Page after page with the view's own cursor (lib/kernel/validation/page-cursor.ts).
  let cursor: string | undefined;
  do {
    const page = pageQuery(Math.min(PAGE, EXPORT_LIMIT + 1 - lines.length), cursor);
    const rows = await db.auditEvent.findMany({ ...page, where: { ...page.where, ...instanceEventWhere(filters) } });
    const { page: events, nextCursor } = pageOf(rows, page.take - 1);
    for (const event of await withNames(db, events)) {
      const values = [
        event.created_at,
        event.action,
        AUDIT_ACTION_LABELS[event.action],
        event.actor.label,
        event.account,
        event.app,
        event.client_id,
        event.ip,
        event.user_agent,
        JSON.stringify(event.details),
      ];
      lines.push(values.map(cell).join(","));
    }
    cursor = nextCursor ?? undefined;
  } while (cursor && lines.length <= EXPORT_LIMIT);
  return `${lines.join("\r\n")}\r\n`;
}
