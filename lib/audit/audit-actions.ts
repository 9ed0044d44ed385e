// Every security-relevant change Ninka records, in one list (ARCHITECTURE.md "Audit log"). The
// admin filters, the activity feeds and the REST `GET /clients/{clientId}/events` all derive from
// it; a new kind of change gets a value here before it can be recorded.
export const AUDIT_ACTIONS = [
  "app.created",
  "app.updated",
  "app.deleted",
  "app.suspended",
  "app.unsuspended",
  "app.transferred",
  "app.review_submitted",
  "app.review_approved",
  "app.review_rejected",
  "app.review_reset",
  "secret.created",
  "secret.revoked",
  "api.created",
  "api.updated",
  "api.deleted",
  "api.approval_changed",
  "token.created",
  "token.revoked",
  "consent.granted",
  "consent.removed",
  "signin.succeeded",
  "signin.failed",
  "signup.succeeded",
  "password.changed",
  "password.reset",
  "email.verified",
  "email.changed",
  "two_step.changed",
  "passkey.added",
  "passkey.removed",
  "session.ended",
  "user.disabled",
  "user.enabled",
  "user.deleted",
  "user.admin_granted",
  "user.admin_revoked",
  "invitation.created",
  "invitation.withdrawn",
  "settings.changed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_TARGET_TYPES = ["app", "api", "user", "token", "settings", "invitation"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
