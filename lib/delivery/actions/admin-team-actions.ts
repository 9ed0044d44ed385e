"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "./run-action";
import { transferTeamOwnership } from "@/lib/portal/admin/transfer-team";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";

// /admin/teams' action: a 404 for anyone but an administrator (requireAdminActor), and the domain
// function checks again (lib/kernel/actors/assert-admin.ts). It re-renders every admin page: the
// team's owners show in the list, on its page and on the new owner's page.

/** Makes the account with the form's `email` an owner of the form's `teamId` (ARCHITECTURE.md "Teams"). */
export async function makeTeamOwnerAction(
  _previous: ActionResult<{ owner: string }> | null,
  form: FormData,
): Promise<ActionResult<{ owner: string }>> {
  return runAction(async () => {
    const actor = await requireAdminActor();
    const { owner } = await transferTeamOwnership(actor, { teamId: form.get("teamId"), email: form.get("email") });
    revalidatePath("/admin", "layout");
    return { owner };
  });
}
