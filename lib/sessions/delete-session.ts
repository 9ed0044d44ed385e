import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { sessionDigest } from "./session-devices";

/**
 * Signs the actor out of one browser (`handle`, from listAccountSessions), or of every browser but
 * the current one (`handle: "others"`). The session rows go, so the next request with their
 * cookies asks to sign in again, on every process. Returns how many ended.
 */
export async function deleteSessions(actor: Actor, handle: unknown, currentSessionId: string | null): Promise<number> {
  if (typeof handle !== "string" || handle.length > 100) throw new DomainError("NOT_FOUND", "No such session.");
  const keep = currentSessionId ? sessionDigest(currentSessionId) : null;
  return getDb().$transaction(async (tx) => {
    const rows = await tx.oidcPayload.findMany({ where: { model: "Session", accountId: actor.id }, select: { id: true } });
    const ending = rows.filter((row) => (handle === "others" ? sessionDigest(row.id) !== keep : sessionDigest(row.id) === handle));
    if (handle !== "others" && ending.length === 0) throw new DomainError("NOT_FOUND", "That session has already ended.");
    if (!ending.length) return 0;
    await tx.oidcPayload.deleteMany({ where: { model: "Session", accountId: actor.id, id: { in: ending.map((row) => row.id) } } });
    await tx.sessionDevice.deleteMany({ where: { sessionDigest: { in: ending.map((row) => sessionDigest(row.id)) } } });
    await recordAuditEvent(tx, { actor, action: "session.ended", target: { type: "user", id: actor.id }, userId: actor.id, details: { sessions: ending.length, others: handle === "others" } });
    return ending.length;
  });
}
