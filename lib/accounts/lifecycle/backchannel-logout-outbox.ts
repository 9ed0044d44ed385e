import "server-only";
import { randomUUID } from "node:crypto";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getDb } from "@/lib/kernel/db/client";

// The sending side of the back-channel logout outbox (ARCHITECTURE.md "Back-channel logout"). Any
// number of server processes poll it; a row is claimed by moving its attempt count on with a
// compare-and-set, so exactly one process sends each attempt. The claim also schedules the next
// attempt: a process that dies mid-send leaves the row to be retried then.

/** 3 attempts: at once, after 5 s, after 30 s; a claim of the last one holds the row for a minute. */
const RETRY_AFTER_MS = [5_000, 30_000, 60_000] as const;
const MAX_ATTEMPTS = 3;
const BATCH = 20;

export type PendingLogout = { id: string; clientId: string; accountId: string; sid: string; attempts: number };

/**
 * Due rows, each claimed for this process, with `attempts` counting the one about to be made. A row
 * whose last attempt never finished (its process died) is settled as failed instead.
 */
export async function claimBackchannelLogouts(_system: SystemActor, now = new Date()): Promise<PendingLogout[]> {
  const db = getDb();
  const due = await db.backchannelLogout.findMany({
    where: { nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: { id: true, clientId: true, accountId: true, sid: true, attempts: true },
  });
  const claimed: PendingLogout[] = [];
  for (const row of due) {
    if (row.attempts >= MAX_ATTEMPTS) {
      await settleBackchannelLogout(_system, row, { sent: false, failure: "the last attempt did not finish" });
      continue;
    }
    const attempts = row.attempts + 1;
    const retryAfter = RETRY_AFTER_MS[Math.min(attempts, RETRY_AFTER_MS.length) - 1]!;
    const { count } = await db.backchannelLogout.updateMany({
      where: { id: row.id, attempts: row.attempts },
      data: { attempts, nextAttemptAt: new Date(now.getTime() + retryAfter) },
    });
    if (count) claimed.push({ ...row, attempts });
  }
  return claimed;
}

export type LogoutOutcome =
  | { sent: true }
  | { sent: false; failure: string }
  /** The app is gone, suspended or no longer listens: nobody to tell. */
  | { dropped: true };

/**
 * Settles one attempt: sent, dropped or out of attempts, the row goes (with an entry in the app's
 * activity when it was sent or finally failed); otherwise it waits for its next attempt.
 */
export async function settleBackchannelLogout(system: SystemActor, row: PendingLogout, outcome: LogoutOutcome) {
  const final = "dropped" in outcome || outcome.sent || row.attempts >= MAX_ATTEMPTS;
  if (!final) return;
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.backchannelLogout.deleteMany({ where: { id: row.id, attempts: row.attempts } });
    if (!count || "dropped" in outcome) return;
    const details = { attempts: row.attempts, ...(!outcome.sent && { failure: outcome.failure }) };
    await recordAppEvent(tx, system, outcome.sent ? "app.logout_sent" : "app.logout_failed", app(row), details);
  });
}

/** The provider's own sends (RP-initiated logout): a success goes to the activity, a failure to the outbox. */
export async function recordProviderLogout(
  system: SystemActor,
  logout: { clientId: string; accountId: string; sid: string },
  outcome: { sent: true } | { sent: false; failure: string },
  now = new Date(),
) {
  await getDb().$transaction(async (tx) => {
    if (outcome.sent) {
      await recordAppEvent(tx, system, "app.logout_sent", app(logout), { initiated_by: "rp", attempts: 1 });
      return;
    }
    // Its first attempt was the provider's; the outbox makes the others.
    const nextAttemptAt = new Date(now.getTime() + RETRY_AFTER_MS[0]);
    await tx.backchannelLogout.create({
      data: { id: randomUUID(), ...logout, attempts: 1, nextAttemptAt, createdAt: now },
    });
  });
}

const app = (row: { clientId: string; accountId: string }) => ({ clientId: row.clientId, userId: row.accountId });
