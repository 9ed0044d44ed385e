"use server";

import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/errors";
import { signUp } from "@/lib/users/sign-up";

export type SignUpState = ActionResult<{ redirectTo: string }> | null;

export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const text = (name: string) => String(form.get(name) ?? "");
  return runAction(async () => ({
    redirectTo: await signUp({ name: text("name"), email: text("email"), password: text("password") }, text("interaction") || null),
  }));
}
