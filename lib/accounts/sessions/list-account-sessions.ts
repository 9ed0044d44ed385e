import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";
import { describeUserAgent } from "./describe-user-agent";
import { sessionHandle } from "./session-devices";

export type AccountSession = {
  handle: string;
  device: string;
  ip: string | null;
  signedInAt: Date | null;
  lastSeenAt: Date | null;
  current: boolean;
};

/**
 * The actor's signed-in browsers (Ninka sessions), most recently seen first. `handle` names a
 * session without revealing its id or uid; `current` marks the one the actor's console came from.
 */
export async function listAccountSessions(actor: Actor): Promise<AccountSession[]> {
  const db = getDb();
  const rows = await db.oidcPayload.findMany({
    where: { model: "Session", accountId: actor.id, ...notExpiredWhere() },
    select: { uid: true, payload: true },
    take: 100,
  });
  const uids = rows.flatMap((row) => (row.uid ? [row.uid] : []));
  const devices = new Map(
    (await db.sessionDevice.findMany({ where: { sessionUid: { in: uids }, accountId: actor.id } })).map((d) => [
      d.sessionUid,
      d,
    ]),
  );
  return rows
    .flatMap((row) => (row.uid ? [{ uid: row.uid, payload: row.payload }] : []))
    .map(({ uid, payload }) => {
      const device = devices.get(uid);
      const loginTs = (payload as { loginTs?: number }).loginTs;
      return {
        handle: sessionHandle(uid),
        device: describeUserAgent(device?.userAgent),
        ip: device?.ip ?? null,
        signedInAt: loginTs ? new Date(loginTs * 1000) : (device?.createdAt ?? null),
        lastSeenAt: device?.lastSeenAt ?? null,
        current: uid === actor.session?.uid,
      };
    })
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) || (b.lastSeenAt?.getTime() ?? 0) - (a.lastSeenAt?.getTime() ?? 0),
    );
}
