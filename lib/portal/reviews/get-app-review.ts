import "server-only";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { getAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { findOwnedClient } from "./owned-client";
import { reviewStateOf } from "./review-states";

/** What the app's owner sees of its review: state, note, an admin's reason, test users. */
export async function getAppReview(actor: Actor, clientId: unknown) {
  const db = getDb();
  const client = await findOwnedClient(db, actor, clientId, "apps.read");
  const [setting, review, testUsers] = await Promise.all([
    getAppReviewSetting(db),
    db.clientReview.findUnique({ where: { clientId: client.id } }),
    db.clientTestUser.findMany({
      where: { clientId: client.id },
      orderBy: { createdAt: "asc" },
      select: { email: true, createdAt: true },
    }),
  ]);
  return {
    enabled: setting.enabled,
    state: reviewStateOf(review),
    note: review?.note ?? null,
    rejectedReason: review?.rejectedReason ?? null,
    submittedAt: review?.submittedAt ?? null,
    testUsers,
  };
}

export type AppReview = Awaited<ReturnType<typeof getAppReview>>;
