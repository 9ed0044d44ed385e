import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/kernel/db/client";
import { currentRequest } from "@/lib/kernel/log";

const MAX_USER_AGENT = 512;
// oidc-provider saves the session at every authorization; "last seen" to the minute is enough, so
// a process writes a session's note again only after a minute or from another browser or address.
const REFRESH_MS = 60_000;
const MAX_REMEMBERED = 10_000;
const written = new Map<string, { at: number; seen: string }>();

/**
 * The public handle of a session: the SHA-256 of its uid. Pages show and post back only this,
 * never the id (the cookie's value) nor the uid.
 */
export const sessionHandle = (sessionUid: string) => createHash("sha256").update(sessionUid, "utf8").digest("hex");

/**
 * Called when oidc-provider saves a signed-in session (lib/provider/oidc/adapters/payload-adapter.ts): notes
 * the browser and address of the request saving it, and when. Outside a request nothing is noted.
 * Keyed by the session's uid, so the note survives the session being re-keyed at each sign-in;
 * lib/accounts/lifecycle removes it when the session is ended, the purge when the session expired.
 */
export async function recordSessionDevice(sessionUid: string, accountId: string, now = new Date()): Promise<void> {
  const request = currentRequest();
  if (!request) return;
  const seen = {
    accountId,
    userAgent: request.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
    ip: request.ip ?? null,
    lastSeenAt: now,
  };
  const fingerprint = `${seen.accountId}\n${seen.ip}\n${seen.userAgent}`;
  const last = written.get(sessionUid);
  if (last && last.seen === fingerprint && now.getTime() - last.at < REFRESH_MS) return;
  await getDb().sessionDevice.upsert({ where: { sessionUid }, create: { sessionUid, ...seen }, update: seen });
  if (written.size >= MAX_REMEMBERED) written.clear(); // bounded: forgetting only costs one write
  written.set(sessionUid, { at: now.getTime(), seen: fingerprint });
}
