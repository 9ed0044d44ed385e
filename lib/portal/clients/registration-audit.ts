import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import type { AuditAction } from "@/lib/kernel/audit/audit-actions";
import { recordAuditEvent, type AuditWriter } from "@/lib/kernel/audit/record-audit-event";

/**
 * The audit event of a change to a self-registered app that no user made (RFC 7591 registration,
 * RFC 7592 management, the purge of unused open-registered apps): acted by Ninka, shown in the
 * app's Activity and in its owner's, when it has one (ARCHITECTURE.md "Dynamic registration").
 * Written through `tx`, the transaction making the change.
 */
export function recordRegistrationEvent(
  tx: AuditWriter,
  system: SystemActor,
  action: AuditAction,
  client: { id: string; ownerId: string | null; teamId: string | null },
  details: Record<string, unknown>,
): Promise<void> {
  return recordAuditEvent(tx, {
    actor: system,
    action,
    target: { type: "app", id: client.id },
    clientId: client.id,
    userId: client.ownerId,
    teamId: client.teamId,
    details,
  });
}
