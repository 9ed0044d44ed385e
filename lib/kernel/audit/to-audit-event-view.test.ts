import { describe, expect, it } from "vitest";
import { toAuditEventView } from "./to-audit-event-view";

// Who sees whom on a feed (ARCHITECTURE.md "Audit log"): on a team's feed, members know each other.
const row = (actorId: string, actorLabel: string, details: Record<string, unknown>) => ({
  id: "e1",
  createdAt: new Date("2026-12-07T00:00:00Z"),
  actorKind: "user",
  actorId,
  actorLabel,
  action: "team.member_role_changed",
  targetType: "user",
  targetId: "u3",
  clientId: null,
  ip: "192.0.2.1",
  userAgent: "Firefox",
  details: JSON.stringify(details),
});

const me = { id: "u1", email: "me@example.test" };
const colleagues = new Set(["me@example.test", "ann@example.test", "bob@example.test"]);

describe("toAuditEventView on a team's feed", () => {
  it("names a fellow member's action and the members in its details by email, never their IP or browser", () => {
    const view = toAuditEventView(row("u2", "ann@example.test", { email: "bob@example.test" }), { ...me, colleagues });
    expect(view.actor).toEqual({ kind: "user", label: "ann@example.test" });
    expect(view.details).toEqual({ email: "bob@example.test" });
    expect([view.ip, view.user_agent]).toEqual([null, null]);
  });

  it("names anyone no longer a member as an outsider, in the actor and the details", () => {
    const view = toAuditEventView(row("u9", "gone@example.test", { email: "left@example.test" }), {
      ...me,
      colleagues,
    });
    expect(view.actor).toEqual({ kind: "someone", label: "Someone outside the team" });
    expect(view.details).toEqual({ email: "Someone outside the team" });
  });

  it("keeps other feeds as they were: others by role, and the viewer's own actions in full", () => {
    const other = toAuditEventView(row("u2", "ann@example.test", { email: "bob@example.test" }), me);
    expect(other.actor).toEqual({ kind: "someone", label: "The previous owner" });
    expect(other.details).toEqual({ email: "The previous owner" });
    const own = toAuditEventView(row("u1", "me@example.test", {}), me);
    expect([own.actor.label, own.ip, own.user_agent]).toEqual(["me@example.test", "192.0.2.1", "Firefox"]);
  });
});
