import "server-only";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { getDb } from "@/lib/kernel/db/client";

/**
 * The dashboard's headline counts (admins only, /admin): accounts, apps and apps waiting for
 * review, each answered by an index (ARCHITECTURE.md "Scale").
 */
export async function getInstanceTotals(actor: AnyActor) {
  const db = getDb();
  await assertAdmin(db, actor);
  const [users, apps, inReview] = await Promise.all([
    db.user.count(),
    db.client.count(),
    db.clientReview.count({ where: { status: "submitted" } }),
  ]);
  return { users, apps, inReview };
}
