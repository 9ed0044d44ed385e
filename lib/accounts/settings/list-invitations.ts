import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { getDb } from "@/lib/kernel/db/client";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";

const MAX_LISTED = 100;

/**
 * Invitations not yet used and not expired, newest first (admins only), each with who sent it
 * (null when the CLI did, or that administrator's account is gone).
 */
export async function listPendingInvitations(actor: AnyActor, now = new Date()) {
  const db = getDb();
  await assertAdmin(db, actor);
  const rows = await db.invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, createdAt: true, expiresAt: true, invitedById: true },
    orderBy: { createdAt: "desc" },
    take: MAX_LISTED,
  });
  const ids = [...new Set(rows.flatMap((row) => (row.invitedById ? [row.invitedById] : [])))];
  const senders = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map(
      (user) => [user.id, user],
    ),
  );
  return rows.map(({ invitedById, ...row }) => ({
    ...row,
    invitedBy: (invitedById && senders.get(invitedById)) || null,
  }));
}
