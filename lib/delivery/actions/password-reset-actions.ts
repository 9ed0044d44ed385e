"use server";

import { headers } from "next/headers";
import { runAction } from "./run-action";
import type { ActionResult } from "@/lib/kernel/errors";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";
import { requestPasswordReset } from "@/lib/accounts/users/request-password-reset";
import { resetPassword } from "@/lib/accounts/users/reset-password";

export type RequestResetState = ActionResult | null;

export async function requestPasswordResetAction(
  _previous: RequestResetState,
  form: FormData,
): Promise<RequestResetState> {
  const ip = (await headers()).get(CLIENT_IP_HEADER);
  return runAction(async () => {
    await requestPasswordReset({ email: form.get("email"), returnTo: form.get("return") }, { ip });
    return undefined;
  });
}

export type ResetPasswordState = ActionResult<{ email: string }> | null;

export async function resetPasswordAction(_previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  return runAction(() => resetPassword({ token: form.get("token"), password: form.get("password") }));
}
