import "server-only";
import type { SystemActor } from "@/lib/kernel/actors/system-actor";
import { getDb } from "@/lib/kernel/db/client";
import { getAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";
import { reviewStateOf } from "./review-states";

export type ReviewAccess = { reviewed: boolean; allowed: boolean };

/**
 * Whether `accountId` may authorize `clientId` (ARCHITECTURE.md "App review"): while review is on,
 * an app not yet Published is open only to its owner (every member of its team, for a team's app;
 * ARCHITECTURE.md "Teams") and its listed test users (verified addresses only). Read on every
 * authorization (by the provider's grant lookup and the consent screen), so a decision holds at once.
 */
export async function checkReviewAccess(
  _system: SystemActor,
  clientId: string,
  accountId: string | undefined,
): Promise<ReviewAccess> {
  if (!(await getAppReviewSetting()).enabled) return { reviewed: true, allowed: true };
  const db = getDb();
  const client = await db.client.findUnique({
    where: { id: clientId },
    select: {
      ownerId: true,
      review: { select: { status: true } },
      team: { select: { members: { where: { userId: accountId ?? "" }, select: { role: true } } } },
    },
  });
  if (!client || reviewStateOf(client.review) === "published") return { reviewed: true, allowed: true };
  if (!accountId) return { reviewed: false, allowed: false };
  if (client.ownerId === accountId || client.team?.members.length) return { reviewed: false, allowed: true };
  // A listed address admits only an account that proved it owns it: anyone can sign up unverified
  // with any address (ARCHITECTURE.md "App review").
  const user = await db.user.findUnique({ where: { id: accountId }, select: { email: true, emailVerifiedAt: true } });
  const listed = user?.emailVerifiedAt
    ? await db.clientTestUser.findUnique({ where: { clientId_email: { clientId, email: user.email } } })
    : null;
  return { reviewed: false, allowed: !!listed };
}
