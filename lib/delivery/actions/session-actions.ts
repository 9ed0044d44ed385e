"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { deleteSessions } from "@/lib/accounts/sessions/delete-session";

const PATH = "/account/security";

/** Sign out one browser (`handle`) or every other one (`handle` = "others"). */
export async function deleteSessionsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    await deleteSessions(actor, form.get("handle"));
    revalidatePath(PATH);
    return undefined;
  });
}
