import {
  AUDIT_ACTION_ROLES,
  AUDIT_DETAILS_NAMING_PEOPLE,
  type AuditAction,
  type AuditActorRole,
} from "./audit-actions";
import type { AuditEventView } from "./schemas";

type Row = {
  id: string;
  createdAt: Date;
  actorKind: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  clientId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: string;
};

/** Who is looking: an administrator (everything), or a person (their own id and email). */
export type AuditViewer = { id: string; email: string } | "admin";

// Other people, named by role (AUDIT_ACTION_ROLES). A feed is the viewer's own account or an app
// they own now, so the owner of an app event who is not the viewer is an earlier owner.
const ROLE_LABELS: Record<AuditActorRole, string> = {
  owner: "The previous owner",
  "api-owner": "The API's owner",
  admin: "An administrator",
  user: "A user",
};
const SYSTEM_LABEL = "Ninka";

/**
 * An event as `viewer` may see it. Administrators see everything. Anyone else sees their own
 * actions in full, and others' by role, without who, where from or with what browser, and without
 * another person's email in the details: an app's owner learns that a user gave consent, not which
 * user, and after a transfer not who owned the app before (ARCHITECTURE.md "Audit log").
 */
export function toAuditEventView(row: Row, viewer: AuditViewer): AuditEventView {
  const admin = viewer === "admin";
  const mine = admin || (row.actorKind === "user" && row.actorId === viewer.id);
  const kind = row.actorKind === "cli" || row.actorKind === "system" ? row.actorKind : mine ? "user" : "someone";
  const role = roleOf(row.action);
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    action: row.action as AuditAction,
    actor: {
      kind,
      // Ninka's own events name the job that wrote them for administrators ("Ninka (sign-in)").
      label: mine
        ? kind === "system"
          ? `${SYSTEM_LABEL} (${row.actorLabel})`
          : row.actorLabel
        : kind === "system"
          ? SYSTEM_LABEL
          : kind === "cli"
            ? ROLE_LABELS.admin
            : ROLE_LABELS[role],
    },
    target: { type: row.targetType, id: row.targetId },
    client_id: row.clientId,
    ip: mine ? row.ip : null,
    user_agent: mine ? row.userAgent : null,
    details: admin ? parseDetails(row.details) : withoutOthers(row.action, parseDetails(row.details), viewer.email),
  };
}

const roleOf = (action: string): AuditActorRole => AUDIT_ACTION_ROLES[action as AuditAction] ?? "user";

/** The details with every other person's email replaced by the role of the action's owner. */
function withoutOthers(action: string, details: Record<string, unknown>, email: string): Record<string, unknown> {
  const keys = AUDIT_DETAILS_NAMING_PEOPLE[action as AuditAction] ?? [];
  const named = keys.filter((key) => key in details && details[key] !== email);
  return named.length ? { ...details, ...Object.fromEntries(named.map((key) => [key, ROLE_LABELS.owner])) } : details;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
