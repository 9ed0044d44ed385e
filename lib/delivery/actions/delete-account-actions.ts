"use server";

import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { deleteAccount } from "@/lib/accounts/users/delete-account";

export type DeleteAccountState = ActionResult<{ appsDeleted: number }> | null;

// With the account gone, the console session finds no user and counts as signed out
// (getSessionActor); its Ninka sessions were ended with it. The step-up lives in deleteAccount.
export async function deleteAccountAction(_previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  return runAction(async () => {
    const actor = await requireSessionActor("/account");
    return deleteAccount(actor, {
      confirmEmail: form.get("confirmEmail"),
      confirmedAppIds: form.getAll("confirmedAppIds"),
    });
  });
}
