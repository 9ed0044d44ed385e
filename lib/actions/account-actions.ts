"use server";

import { runAction } from "./run-action";
import { refreshSessionAfterPasswordChange } from "@/lib/auth/refresh-session";
import { requireSessionActor } from "@/lib/auth/session-user";
import type { ActionResult } from "@/lib/errors";
import { changePassword } from "@/lib/users/change-password";

export type ChangePasswordState = ActionResult | null;

export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  return runAction(async () => {
    const actor = await requireSessionActor("/account");
    const { passwordChangedAt } = await changePassword(actor, { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    await refreshSessionAfterPasswordChange(passwordChangedAt);
    return undefined;
  });
}
