"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireAdminActor, requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { decideAppReview } from "@/lib/portal/reviews/decide-app-review";
import { submitAppReview } from "@/lib/portal/reviews/submit-app-review";
import { addTestUser, deleteTestUser } from "@/lib/portal/reviews/update-test-users";

const appPath = (clientId: FormDataEntryValue | null) =>
  `/console/clients/${encodeURIComponent(String(clientId ?? ""))}`;

export async function addTestUserAction(
  _previous: ActionResult<{ email: string }> | null,
  form: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(form.get("clientId")));
    const added = await addTestUser(actor, { clientId: form.get("clientId"), email: form.get("email") });
    revalidatePath(appPath(form.get("clientId")));
    return added;
  });
}

export async function deleteTestUserAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(form.get("clientId")));
    await deleteTestUser(actor, { clientId: form.get("clientId"), email: form.get("email") });
    revalidatePath(appPath(form.get("clientId")));
    return undefined;
  });
}

export async function submitAppReviewAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(appPath(form.get("clientId")));
    await submitAppReview(actor, { clientId: form.get("clientId"), note: form.get("note") });
    revalidatePath(appPath(form.get("clientId")));
    return undefined;
  });
}

export async function decideAppReviewAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const reason = form.get("reason");
    await decideAppReview(actor, {
      decision: form.get("decision"),
      clientId: form.get("clientId"),
      ...(reason !== null && { reason }),
    });
    revalidatePath("/admin", "layout"); // the queue, the app's admin page and the dashboard's counts
    return undefined;
  });
}
