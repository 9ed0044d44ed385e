"use server";

import { headers } from "next/headers";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/auth/session-user";
import type { ActionResult } from "@/lib/errors";
import { CLIENT_IP_HEADER } from "@/lib/net/client-ip";
import { requireSecondStepIfEnrolled } from "@/lib/two-step/verify-second-step";
import { deleteAccount } from "@/lib/users/delete-account";

export type DeleteAccountState = ActionResult<{ appsDeleted: number }> | null;

// With the account gone, the console session finds no user and counts as signed out
// (getSessionActor); its Ninka sessions were deleted with it.
export async function deleteAccountAction(_previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  return runAction(async () => {
    const actor = await requireSessionActor("/account");
    const ip = (await headers()).get(CLIENT_IP_HEADER);
    // Deleting the account takes the second step too, when enrolled (issue 12).
    const secondStep = (userId: string) => requireSecondStepIfEnrolled(userId, form.get("code"));
    return deleteAccount(actor, { password: form.get("password"), confirmedAppIds: form.getAll("confirmedAppIds") }, { ip, secondStep });
  });
}
