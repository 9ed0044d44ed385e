import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import type { AuditAction, AuditTargetType } from "@/lib/kernel/audit/audit-actions";
import { recordAuditEvent, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";

/**
 * Writes one event of a change to a team, shown in the team's feed (`teamId`, ARCHITECTURE.md
 * "Teams"). The target is the team itself unless a member or an invitation is what changed.
 */
export function recordTeamEvent(
  tx: AuditWriter,
  actor: AnyActor,
  action: AuditAction,
  teamId: string,
  details: Record<string, unknown>,
  target: { type: AuditTargetType; id: string } = { type: "team", id: teamId },
): Promise<void> {
  return recordAuditEvent(tx, { actor, action, target, teamId, details });
}
