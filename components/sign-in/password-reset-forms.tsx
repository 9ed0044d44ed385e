"use client";

import { useActionState, type ReactNode } from "react";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/delivery/actions/password-reset-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { NewPasswordField } from "./new-password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { durationWords } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

/**
 * "Forgot password?": one answer whether or not the address has an account (no enumeration).
 * `returnTo`: the app sign-in it began on, carried into the mailed link.
 */
export function RequestResetForm({ returnTo }: { returnTo: string | null }) {
  const [state, action, pending] = useActionState(requestPasswordResetAction, null);
  const { values, field } = useFormFields({ email: "" }, state);
  if (state?.ok) {
    return (
      <Alert tone="success">
        {`If ${values.email} has a Ninka account, we sent it a link to choose a new password. It works once, for ${durationWords(LIFETIMES.emailLink.reset)}.`}
      </Alert>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError state={state} />
      {returnTo && <input type="hidden" name="return" value={returnTo} />}
      <TextField label="Email" type="email" autoComplete="username" {...field("email")} required autoFocus />
      <SubmitButton className="w-full" pending={pending} label="Send reset link" pendingLabel="Sending…" />
    </form>
  );
}

/**
 * The page the reset link opens: a new password, under the same rules as sign-up; then on to sign
 * in at `signInHref` (the app's sign-in the reset began on, or the console).
 */
export function ResetPasswordForm({
  token,
  signInHref,
  passwordHint,
}: {
  token: string;
  signInHref: string;
  passwordHint: ReactNode;
}) {
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <Alert tone="success">
          Your password is changed, and you are signed out everywhere. Sign in with the new one.
        </Alert>
        <a href={signInHref} className={`${buttonClass()} w-full`}>
          Sign in
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="New password" name="password" hint={passwordHint} errors={errors?.password} autoFocus />
      <SubmitButton className="w-full" pending={pending} label="Set new password" pendingLabel="Saving…" />
    </form>
  );
}
