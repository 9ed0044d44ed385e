import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import { notExpiredWhere } from "@/lib/kernel/time/expiry";

export type BrowserSession = { uid: string; loginTs: number | null };

const toSession = (row: { uid: string | null; payload: unknown } | null): BrowserSession | null =>
  row?.uid ? { uid: row.uid, loginTs: (row.payload as { loginTs?: number }).loginTs ?? null } : null;

/**
 * The Ninka session a console sign-in came from: the one whose id is the browser's provider session
 * cookie, signed in as `accountId`. Its uid (stable across re-keying) binds the console session
 * (ARCHITECTURE.md "What ends when").
 */
export async function findSignInSession(sessionId: string, accountId: string): Promise<BrowserSession | null> {
  if (sessionId.length > 200) return null;
  const row = await getDb().oidcPayload.findFirst({
    where: { model: "Session", id: sessionId, accountId, ...notExpiredWhere() },
    select: { uid: true, payload: true },
  });
  return toSession(row);
}

/** The live Ninka session `uid` of `accountId`, or null once it was ended or expired. */
export async function getLiveSession(uid: string, accountId: string): Promise<BrowserSession | null> {
  if (uid.length > 200) return null;
  const row = await getDb().oidcPayload.findFirst({
    where: { model: "Session", uid, accountId, ...notExpiredWhere() },
    select: { uid: true, payload: true },
  });
  return toSession(row);
}
