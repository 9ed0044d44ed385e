"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { deleteClientGrants } from "@/lib/portal/grants/delete-client-grants";

const PATH = "/account/apps";

export async function removeAccessAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    await deleteClientGrants(actor, form.get("client_id"));
    revalidatePath(PATH);
    return undefined;
  });
}
