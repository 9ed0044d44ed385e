"use server";

import { cookies, headers } from "next/headers";
import { formText } from "./form-text";
import { runAction } from "./run-action";
import type { ActionResult } from "@/lib/kernel/errors";
import { signUp } from "@/lib/provider/sign-in/submit-sign-up";
import { CLIENT_IP_HEADER } from "@/lib/kernel/net/client-ip";
import { verifyEmail } from "@/lib/accounts/users/verify-email";
import { getConfig } from "@/lib/kernel/config/get-config";
import { loginEmailCookieOptions } from "@/lib/provider/sign-in/login-email-cookie";

export type SignUpState = ActionResult<{ signInHref: string; verified: boolean }> | null;

export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const ip = (await headers()).get(CLIENT_IP_HEADER);
  const input = { name: form.get("name"), email: form.get("email"), password: form.get("password") };
  const uid = formText(form, "interaction") || null;
  const result = await runAction(() => signUp(input, uid, ip, formText(form, "invitation") || undefined));
  // The sign-in that follows shows the address again: the person types only the password.
  if (result.ok) {
    const email = formText(form, "email").trim().toLowerCase();
    (await cookies()).set(loginEmailCookieOptions(uid, email, getConfig().NINKA_URL.startsWith("https:")));
  }
  return result;
}

export type VerifyEmailState = ActionResult<{ email: string }> | null;

export async function verifyEmailAction(_previous: VerifyEmailState, form: FormData): Promise<VerifyEmailState> {
  return runAction(() => verifyEmail(form.get("token")));
}
