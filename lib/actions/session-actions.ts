"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/auth/session-user";
import type { ActionResult } from "@/lib/errors";
import { deleteSessions } from "@/lib/sessions/delete-session";
import { PROVIDER_SESSION_COOKIE } from "@/lib/upstream/oidc-provider-internals";

const PATH = "/account/security";

/** Sign out one browser (`handle`) or every other one (`handle` = "others"). */
export async function deleteSessionsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireSessionActor(PATH);
    const current = (await cookies()).get(PROVIDER_SESSION_COOKIE)?.value ?? null;
    await deleteSessions(actor, form.get("handle"), current);
    revalidatePath(PATH);
    return undefined;
  });
}
