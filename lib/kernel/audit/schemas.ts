import { z } from "zod";
import { pageQuerySchema } from "@/lib/kernel/validation/page-cursor";
import { AUDIT_ACTIONS } from "./audit-actions";

// One audit event as the REST API (GET /clients/{clientId}/events), the activity feeds and the
// admin view show it (ARCHITECTURE.md "Audit log").
const auditEventViewSchema = z.object({
  id: z.string(),
  created_at: z.string().describe("When, ISO 8601"),
  action: z.enum(AUDIT_ACTIONS),
  actor: z.object({
    kind: z
      .enum(["user", "admin", "cli", "system", "someone"])
      .describe(
        "`user`: you, or on a team's feed a fellow member; `someone`: another person, named by role in `label`",
      ),
    label: z
      .string()
      .describe(
        "Your email (on a team's feed, a fellow member's), or the role of who it was: A user, The previous owner, The API's owner, An administrator, Someone outside the team, Ninka",
      ),
  }),
  target: z.object({ type: z.string(), id: z.string().nullable() }),
  client_id: z.string().nullable(),
  ip: z.string().nullable().describe("Only for your own actions"),
  user_agent: z.string().nullable().describe("Only for your own actions"),
  details: z.record(z.string(), z.unknown()).describe("What changed; never a secret"),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

export const auditEventListSchema = z.object({
  events: z.array(auditEventViewSchema),
  next_cursor: z.string().nullable(),
});

export const listEventsQuerySchema = pageQuerySchema("Events").extend({
  action: z.enum(AUDIT_ACTIONS, { error: "is not an audit action" }).optional().describe("Only events of this action"),
});
