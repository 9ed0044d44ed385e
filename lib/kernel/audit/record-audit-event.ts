import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import type { Db } from "@/lib/kernel/db/client";
import { currentRequest } from "@/lib/kernel/log";
import type { AuditAction, AuditTargetType } from "./audit-actions";

// The database client inside `db.$transaction(async (tx) => …)`: an event is written with the
// change it describes, so a change that rolls back leaves no event (ARCHITECTURE.md "Audit log").
export type AuditWriter = Pick<Db, "auditEvent">;

export type AuditEventInput = {
  actor: AnyActor;
  action: AuditAction;
  target: { type: AuditTargetType; id: string | null };
  /** The app whose Activity feed shows the event, if any. */
  clientId?: string | null;
  /** The account whose activity shows the event, if any. */
  userId?: string | null;
  /** The team whose feed shows the event, if any (ARCHITECTURE.md "Teams"). */
  teamId?: string | null;
  /** Where the request came from; by default the request being served (lib/kernel/log.ts), if any. */
  request?: { ip?: string | null; userAgent?: string | null };
  /** A small diff of what changed. Never a secret, token, code or password. */
  details?: Record<string, unknown>;
};

const MAX_USER_AGENT = 512;

function describeActor(actor: AnyActor): { kind: string; id: string | null; label: string } {
  if ("kind" in actor && actor.kind === "system") return { kind: "system", id: null, label: actor.job };
  if ("kind" in actor && actor.kind === "cli") return { kind: "cli", id: null, label: "ninka CLI" };
  const user = actor as Actor;
  return { kind: "user", id: user.id, label: user.email };
}

/** Writes one audit event through `tx`, the transaction making the change. */
export async function recordAuditEvent(tx: AuditWriter, event: AuditEventInput): Promise<void> {
  const actor = describeActor(event.actor);
  const served = currentRequest();
  await tx.auditEvent.create({
    data: {
      id: randomUUID(),
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      action: event.action,
      targetType: event.target.type,
      targetId: event.target.id,
      clientId: event.clientId ?? null,
      userId: event.userId ?? null,
      teamId: event.teamId ?? null,
      ip: event.request?.ip ?? served?.ip ?? null,
      userAgent: (event.request?.userAgent ?? served?.userAgent)?.slice(0, MAX_USER_AGENT) ?? null,
      details: JSON.stringify(event.details ?? {}),
    },
  });
}

/**
 * Writes one event about an app: the app is both its target and the Activity feed that shows it,
 * and `userId` the account whose activity shows it too (ARCHITECTURE.md "Audit log").
 */
export function recordAppEvent(
  tx: AuditWriter,
  actor: AnyActor,
  action: AuditAction,
  app: { clientId: string; userId: string | null; teamId?: string | null },
  details?: Record<string, unknown>,
): Promise<void> {
  const { clientId, userId, teamId } = app;
  return recordAuditEvent(tx, {
    actor,
    action,
    target: { type: "app", id: clientId },
    clientId,
    userId,
    teamId,
    details,
  });
}
