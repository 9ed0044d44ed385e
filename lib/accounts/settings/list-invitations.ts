import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";

const MAX_LISTED = 100;

/** Invitations not yet used and not expired, newest first (admins only). */
export async function listPendingInvitations(actor: AnyActor, now = new Date()) {
  const db = getDb();
  await assertAdmin(db, actor);
  return db.invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
    take: MAX_LISTED,
  });
}
