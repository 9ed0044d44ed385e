import "server-only";
import { queueBackchannelLogouts } from "./queue-backchannel-logouts";
import type { LifecycleTx } from "./transaction";

/** Which of an account's Ninka sessions end: all, one (by uid), or all but one (by uid). */
export type SessionSelection = { all: true } | { only: string } | { allBut: string };

/**
 * Ends Ninka (oidc-provider) sessions of `accountId` and the device notes hanging off them. The
 * console sessions that came from them end at their next request on every process, since each
 * console request checks its provider session still exists (ARCHITECTURE.md "What ends when").
 * The apps signed in through them that asked for back-channel logout are told, from the outbox
 * (ARCHITECTURE.md "Back-channel logout"). Returns the number of sessions ended.
 */
export async function endSessions(tx: LifecycleTx, accountId: string, which: SessionSelection): Promise<number> {
  const uid = "only" in which ? which.only : "allBut" in which ? { not: which.allBut } : undefined;
  const rows = await tx.oidcPayload.findMany({
    where: { model: "Session", accountId, ...(uid !== undefined && { uid }) },
    select: { id: true, uid: true, accountId: true, payload: true },
  });
  if (!rows.length) return 0;
  await tx.oidcPayload.deleteMany({ where: { model: "Session", accountId, id: { in: rows.map((row) => row.id) } } });
  await queueBackchannelLogouts(tx, rows);
  // Device notes are keyed by session uid; "all" also clears notes whose session already expired.
  if ("all" in which) await tx.sessionDevice.deleteMany({ where: { accountId } });
  else
    await tx.sessionDevice.deleteMany({
      where: { accountId, sessionUid: { in: rows.flatMap((row) => (row.uid ? [row.uid] : [])) } },
    });
  return rows.length;
}
