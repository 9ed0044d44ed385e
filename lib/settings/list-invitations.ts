import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { assertAdmin } from "./assert-admin";

const MAX_LISTED = 100;

/** Invitations not yet used and not expired, newest first (admins only). */
export async function listPendingInvitations(actor: AuditActor, now = new Date()) {
  const db = getDb();
  await assertAdmin(db, actor);
  return db.invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
    take: MAX_LISTED,
  });
}
