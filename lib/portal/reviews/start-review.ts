import "server-only";
import type { Db } from "@/lib/kernel/db/client";
import { getAppReviewSetting } from "@/lib/accounts/settings/app-review-setting";

/** Inside the transaction creating an app: while review is on, the new app starts in Testing. */
export async function startReviewIfEnabled(
  tx: Pick<Db, "instanceSetting" | "clientReview">,
  clientId: string,
): Promise<void> {
  if (!(await getAppReviewSetting(tx)).enabled) return;
  await tx.clientReview.create({ data: { clientId, status: "testing" } });
}
