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

/**
 * Who is looking: an administrator (everything), or a person (their own id and email). On a team's
 * feed, `colleagues` are the team's members' emails: members know each other, so their actions and
 * addresses are shown by email, still without IP or user agent (ARCHITECTURE.md "Teams").
 */
export type AuditViewer = { id: string; email: string; colleagues?: ReadonlySet<string> } | "admin";

// Other people, named by role (AUDIT_ACTION_ROLES). A feed is the viewer's own account or an app
// they own now, so the owner of an app event who is not the viewer is an earlier owner.
const ROLE_LABELS: Record<AuditActorRole, string> = {
  owner: "The previous owner",
  "api-owner": "The API's owner",
  admin: "An administrator",
  user: "A user",
};
const SYSTEM_LABEL = "Ninka";
// On a team's feed, anyone who is not a member now: a former member, an invitee, an administrator.
const OUTSIDER_LABEL = "Someone outside the team";

/**
 * An event as `viewer` may see it. Administrators see everything. Anyone else sees their own
 * actions in full, and others' by role, without who, where from or with what browser, and without
 * another person's email in the details: an app's owner learns that a user gave consent, not which
 * user, and after a transfer not who owned the app before (ARCHITECTURE.md "Audit log").
 */
export function toAuditEventView(row: Row, viewer: AuditViewer): AuditEventView {
  const admin = viewer === "admin";
  const mine = admin || (row.actorKind === "user" && row.actorId === viewer.id);
  const colleague = !admin && row.actorKind === "user" && !!viewer.colleagues?.has(row.actorLabel);
  const kind =
    row.actorKind === "cli" || row.actorKind === "system" ? row.actorKind : mine || colleague ? "user" : "someone";
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    action: row.action as AuditAction,
    actor: {
      kind,
      // Ninka's own events name the job that wrote them for administrators ("Ninka (sign-in)").
      label:
        mine || colleague
          ? kind === "system"
            ? `${SYSTEM_LABEL} (${row.actorLabel})`
            : row.actorLabel
          : kind === "system"
            ? SYSTEM_LABEL
            : kind === "cli"
              ? ROLE_LABELS.admin
              : othersLabel(viewer, roleOf(row.action)),
    },
    target: { type: row.targetType, id: row.targetId },
    client_id: row.clientId,
    ip: mine ? row.ip : null,
    user_agent: mine ? row.userAgent : null,
    details: admin ? parseDetails(row.details) : withoutOthers(row.action, parseDetails(row.details), viewer),
  };
}

const roleOf = (action: string): AuditActorRole => AUDIT_ACTION_ROLES[action as AuditAction] ?? "user";

/** How someone the viewer does not know is named: by role, or on a team's feed as an outsider. */
const othersLabel = (viewer: AuditViewer, role: AuditActorRole) =>
  viewer !== "admin" && viewer.colleagues && role === "owner" ? OUTSIDER_LABEL : ROLE_LABELS[role];

/** The details with every email but the viewer's and their colleagues' replaced by a role. */
function withoutOthers(
  action: string,
  details: Record<string, unknown>,
  viewer: Exclude<AuditViewer, "admin">,
): Record<string, unknown> {
  const keys = AUDIT_DETAILS_NAMING_PEOPLE[action as AuditAction] ?? [];
  const known = (value: unknown) => value === viewer.email || viewer.colleagues?.has(value as string);
  const named = keys.filter((key) => key in details && !known(details[key]));
  const label = othersLabel(viewer, "owner");
  return named.length ? { ...details, ...Object.fromEntries(named.map((key) => [key, label])) } : details;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
