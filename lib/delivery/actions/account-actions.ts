"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";
import { changePassword } from "@/lib/accounts/users/change-password";
import { deleteEmailChange } from "@/lib/accounts/users/pending-email-change";
import { requestEmailChange } from "@/lib/accounts/users/request-email-change";
import { updateProfile } from "@/lib/accounts/users/update-profile";

export type ChangePasswordState = ActionResult<{
  appsDisconnected: number;
  tokensRevoked: number;
  ended: { apps: boolean; tokens: boolean };
}> | null;

export async function changePasswordAction(
  _previous: ChangePasswordState,
  form: FormData,
): Promise<ChangePasswordState> {
  return runAction(async () => {
    const actor = await requireSessionActor("/account");
    const ip = (await headers()).get(CLIENT_IP_HEADER);
    const input = {
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
      endAppAccess: form.get("endAppAccess"),
      revokeTokens: form.get("revokeTokens"),
    };
    const outcome = await changePassword(actor, input, { ip });
    const ended = { apps: form.get("endAppAccess") === "on", tokens: form.get("revokeTokens") === "on" };
    return { appsDisconnected: outcome.appsDisconnected, tokensRevoked: outcome.tokensRevoked, ended };
  });
}

export type ChangeEmailState = ActionResult<{ newEmail: string }> | null;

export async function changeEmailAction(_previous: ChangeEmailState, form: FormData): Promise<ChangeEmailState> {
  return runAction(async () => {
    return requestEmailChange(await requireSessionActor("/account"), { newEmail: form.get("newEmail") });
  });
}

export async function cancelEmailChangeAction(): Promise<ActionResult> {
  return runAction(async () => {
    await deleteEmailChange(await requireSessionActor("/account"));
    revalidatePath("/account");
    return undefined;
  });
}

export type UpdateProfileState = ActionResult<{ name: string }> | null;

export async function updateProfileAction(_previous: UpdateProfileState, form: FormData): Promise<UpdateProfileState> {
  return runAction(async () => {
    const profile = await updateProfile(await requireSessionActor("/account"), { name: form.get("name") });
    revalidatePath("/", "layout"); // the console's header shows the name
    return profile;
  });
}
