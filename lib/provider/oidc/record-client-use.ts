import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { describeError, log } from "@/lib/kernel/log";

// "Last used" times for the console and for connected apps. Written at most once a minute per
// client, secret or grant and per process, off the request path: a token request never waits for
// it and never fails because of it.
const WRITE_INTERVAL_MS = 60_000;
const lastWrites = new Map<string, number>();

function due(key: string): boolean {
  const now = Date.now();
  if (now - (lastWrites.get(key) ?? 0) < WRITE_INTERVAL_MS) return false;
  lastWrites.set(key, now);
  if (lastWrites.size > 50_000) lastWrites.clear();
  return true;
}

const report = (error: unknown) => log.warn("Recording last use failed", { error: describeError(error) });

export function recordClientUse(_system: SystemActor, clientId: string): void {
  if (!due(`client:${clientId}`)) return;
  getDb()
    .client.updateMany({ where: { id: clientId }, data: { lastUsedAt: new Date() } })
    .catch(report);
}

export function recordSecretUse(system: SystemActor, clientId: string, secretId: string): void {
  recordClientUse(system, clientId);
  if (!due(`secret:${secretId}`)) return;
  getDb()
    .clientSecret.updateMany({ where: { id: secretId }, data: { lastUsedAt: new Date() } })
    .catch(report);
}

/** "Last used" of a grant in connected apps: a token was just issued under it. */
export function recordGrantUse(_system: SystemActor, grantId: string): void {
  if (!due(`grant:${grantId}`)) return;
  getDb()
    .oidcPayload.updateMany({ where: { model: "Grant", id: grantId }, data: { lastUsedAt: new Date() } })
    .catch(report);
}
