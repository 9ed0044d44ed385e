import "server-only";
import type { Actor } from "@/lib/actors/actor";
import { getDb } from "@/lib/db/client";
import { notExpiredWhere } from "@/lib/time/expiry";
import { describeUserAgent } from "./describe-user-agent";
import { sessionDigest } from "./session-devices";

export type AccountSession = { handle: string; device: string; ip: string | null; signedInAt: Date | null; lastSeenAt: Date | null; current: boolean };

/**
 * The actor's signed-in browsers (Ninka sessions), most recently seen first. `handle` names a
 * session without revealing its id; `current` marks the one whose id is `currentSessionId`.
 */
export async function listAccountSessions(actor: Actor, currentSessionId?: string | null): Promise<AccountSession[]> {
  const db = getDb();
  const rows = await db.oidcPayload.findMany({ where: { model: "Session", accountId: actor.id, ...notExpiredWhere() }, select: { id: true, payload: true }, take: 100 });
  const handles = rows.map((row) => sessionDigest(row.id));
  const devices = new Map((await db.sessionDevice.findMany({ where: { sessionDigest: { in: handles }, accountId: actor.id } })).map((d) => [d.sessionDigest, d]));
  const current = currentSessionId ? sessionDigest(currentSessionId) : null;
  return rows
    .map((row, i) => {
      const device = devices.get(handles[i]!);
      const loginTs = (row.payload as { loginTs?: number }).loginTs;
      return {
        handle: handles[i]!,
        device: describeUserAgent(device?.userAgent),
        ip: device?.ip ?? null,
        signedInAt: loginTs ? new Date(loginTs * 1000) : (device?.createdAt ?? null),
        lastSeenAt: device?.lastSeenAt ?? null,
        current: handles[i] === current,
      };
    })
    .sort((a, b) => Number(b.current) - Number(a.current) || (b.lastSeenAt?.getTime() ?? 0) - (a.lastSeenAt?.getTime() ?? 0));
}
