import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { endSessions } from "@/lib/accounts/lifecycle/end-sessions";
import { sessionHandle } from "./session-devices";

/**
 * Signs the actor out of one browser (`handle`, from listAccountSessions), or of every browser but
 * the one the actor's console came from (`handle: "others"`). Their Ninka sessions and the console
 * sessions that came from them end on every process (lib/accounts/lifecycle). Returns how many ended.
 */
export async function deleteSessions(actor: Actor, handle: unknown): Promise<number> {
  if (typeof handle !== "string" || handle.length > 100) throw new DomainError("NOT_FOUND", "No such session.");
  return getDb().$transaction(async (tx) => {
    let ended: number;
    if (handle === "others") {
      ended = await endSessions(tx, actor.id, actor.session ? { allBut: actor.session.uid } : { all: true });
    } else {
      const rows = await tx.oidcPayload.findMany({
        where: { model: "Session", accountId: actor.id },
        select: { uid: true },
      });
      const uid = rows.find((row) => row.uid && sessionHandle(row.uid) === handle)?.uid;
      if (!uid) throw new DomainError("NOT_FOUND", "That session has already ended.");
      ended = await endSessions(tx, actor.id, { only: uid });
    }
    if (ended) {
      await recordAuditEvent(tx, {
        actor,
        action: "session.ended",
        target: { type: "user", id: actor.id },
        userId: actor.id,
        details: { sessions: ended, others: handle === "others" },
      });
    }
    return ended;
  });
}
