import type { AuditAction } from "./audit-actions";
import type { AuditEventView } from "./schemas";

type Row = {
  id: string; createdAt: Date; actorKind: string; actorId: string | null; actorLabel: string; action: string;
  targetType: string; targetId: string | null; clientId: string | null; ip: string | null; userAgent: string | null; details: string;
};

/**
 * An event as `viewer` may see it. Administrators (viewer "admin") see everything. Anyone else sees
 * their own actions in full, and others' without who, where from or with what browser: an app's
 * owner learns that a user gave consent, not which user (ARCHITECTURE.md "Audit log").
 */
export function toAuditEventView(row: Row, viewer: { id: string } | "admin"): AuditEventView {
  const mine = viewer === "admin" || (row.actorKind === "user" && row.actorId === viewer.id);
  const kind = row.actorKind === "cli" || row.actorKind === "system" ? row.actorKind : mine ? "user" : "someone";
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    action: row.action as AuditAction,
    actor: { kind, label: mine || kind !== "someone" ? row.actorLabel : describeSomeone(row.action) },
    target: { type: row.targetType, id: row.targetId },
    client_id: row.clientId,
    ip: mine ? row.ip : null,
    user_agent: mine ? row.userAgent : null,
    details: parseDetails(row.details),
  };
}

const describeSomeone = (action: string) =>
  action.startsWith("consent.") || action.startsWith("signin.") ? "A user" : "An administrator";

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
