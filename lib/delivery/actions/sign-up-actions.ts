"use server";

import { headers } from "next/headers";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import type { ActionResult } from "@/lib/kernel/errors";
import { signUp } from "@/lib/provider/sign-in/submit-sign-up";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";
import { verifyEmail } from "@/lib/accounts/users/verify-email";

export type SignUpState = ActionResult<{ signInHref: string; verified: boolean }> | null;

export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const ip = (await headers()).get(CLIENT_IP_HEADER);
  const input = { name: form.get("name"), email: form.get("email"), password: form.get("password") };
  return runAction(() =>
    signUp(input, formText(form, "interaction") || null, ip, formText(form, "invitation") || undefined),
  );
}

export type VerifyEmailState = ActionResult<{ email: string }> | null;

export async function verifyEmailAction(_previous: VerifyEmailState, form: FormData): Promise<VerifyEmailState> {
  return runAction(() => verifyEmail(form.get("token")));
}
