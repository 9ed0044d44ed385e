import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { currentRequest } from "@/lib/log";

const MAX_USER_AGENT = 512;
// oidc-provider saves the session at every authorization; "last seen" to the minute is enough, so
// a process writes a session's note again only after a minute or from another browser or address.
const REFRESH_MS = 60_000;
const MAX_REMEMBERED = 10_000;
const written = new Map<string, { at: number; seen: string }>();

/** The public handle of a session: the SHA-256 of its id (the id is its cookie's value). */
export const sessionDigest = (sessionId: string) => createHash("sha256").update(sessionId, "utf8").digest("hex");

/**
 * Called when oidc-provider saves a signed-in session (lib/oidc/adapters/prisma-adapter.ts): notes
 * the browser and address of the request saving it, and when. Outside a request nothing is noted.
 */
export async function recordSessionDevice(sessionId: string, accountId: string, now = new Date()): Promise<void> {
  const request = currentRequest();
  if (!request) return;
  const seen = { accountId, userAgent: request.userAgent?.slice(0, MAX_USER_AGENT) ?? null, ip: request.ip ?? null, lastSeenAt: now };
  const key = sessionDigest(sessionId);
  const fingerprint = `${seen.accountId}\n${seen.ip}\n${seen.userAgent}`;
  const last = written.get(key);
  if (last && last.seen === fingerprint && now.getTime() - last.at < REFRESH_MS) return;
  await getDb().sessionDevice.upsert({ where: { sessionDigest: key }, create: { sessionDigest: key, ...seen }, update: seen });
  if (written.size >= MAX_REMEMBERED) written.clear(); // bounded: forgetting only costs one write
  written.set(key, { at: now.getTime(), seen: fingerprint });
}

/** A session ended (signed out, or deleted with its account): its note goes too. */
export async function forgetSessionDevice(sessionId: string): Promise<void> {
  written.delete(sessionDigest(sessionId));
  await getDb().sessionDevice.deleteMany({ where: { sessionDigest: sessionDigest(sessionId) } });
}
