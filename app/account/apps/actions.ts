"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { requireSessionActor } from "@/lib/auth/session-user";
import type { ActionResult } from "@/lib/errors";
import { deleteGrant } from "@/lib/grants/delete-grant";
import { removeAccessSchema } from "@/lib/grants/schemas";
import { parseOrThrow } from "@/lib/validation/parse-or-throw";

const PATH = "/account/apps";

export async function removeAccessAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    await deleteGrant(actor, parseOrThrow(removeAccessSchema, { client_id: form.get("client_id") }).client_id);
    revalidatePath(PATH);
    return undefined;
  });
}
