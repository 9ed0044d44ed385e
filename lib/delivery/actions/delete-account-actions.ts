"use server";

import { redirect } from "next/navigation";
import { runAction } from "./run-action";
import { clearConsoleSessionCookies } from "@/lib/delivery/console-session/sign-out";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { deleteAccount } from "@/lib/accounts/users/delete-account";

export type DeleteAccountState = ActionResult<{ appsDeleted: number }> | null;

// The step-up lives in deleteAccount. Once the account is gone its Ninka sessions have ended with
// it; this browser's console cookies go too, and the person lands on a signed-out page that says
// what happened (app/account-deleted/page.tsx), never on an account page that looks signed in.
export async function deleteAccountAction(_previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  const result = await runAction(async () => {
    const actor = await requireSessionActor("/account");
    return deleteAccount(actor, {
      confirmEmail: form.get("confirmEmail"),
      confirmedAppIds: form.getAll("confirmedAppIds"),
    });
  });
  if (!result.ok) return result;
  await clearConsoleSessionCookies();
  // Outside runAction: redirect() throws.
  redirect(`/account-deleted?apps=${result.data.appsDeleted}`);
}
