"use server";

import { formText } from "./form-text";
import { runAction } from "./run-action";
import type { ActionResult } from "@/lib/errors";
import { signUp } from "@/lib/interactions/submit-sign-up";

export type SignUpState = ActionResult<{ redirectTo: string }> | null;

export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  return runAction(async () => ({
    redirectTo: await signUp({ name: form.get("name"), email: form.get("email"), password: form.get("password") }, formText(form, "interaction") || null),
  }));
}
