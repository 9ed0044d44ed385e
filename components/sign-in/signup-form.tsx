"use client";

import { useActionState, type ReactNode } from "react";
import { signUpAction } from "@/lib/delivery/actions/sign-up-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordField } from "./new-password-field";
import { SignInInstead } from "./sign-in-instead";

type Props = {
  interactionUid?: string;
  signInHref: string;
  passwordHint: ReactNode;
  /** An administrator's invitation: the address is fixed to the invited one. */
  invitation?: { token: string; email: string };
  /** Under a domain-restricted sign-up policy, the domains that may sign up. */
  domains?: string[] | null;
};

export function SignUpForm({ interactionUid, signInHref, passwordHint, invitation, domains }: Props) {
  const [state, action, pending] = useActionState(signUpAction, null);
  // Controlled, so that an error answer does not clear what was typed.
  const { values, field } = useFormFields({ name: "", email: invitation?.email ?? "" }, state);
  const { email } = values;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // Under listed domains, the domains are the email field's hint until the address is refused: then
  // the refusal, which names them, is the one line (lib/accounts/users/sign-up-user.ts).
  const emailHint = invitation
    ? "The address you were invited at."
    : domains && !errors?.email
      ? `Sign-up is open to addresses at ${domains.join(", ")}.`
      : undefined;

  if (state?.ok && state.data.verified) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <Alert tone="success">Your account for {email} is ready. Sign in with the password you chose.</Alert>
        <ContinueToSignIn email={email} interactionUid={interactionUid} />
      </div>
    );
  }

  // The same answer whether or not the address already had an account (no enumeration).
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <Alert tone="success">
          Check your email. We sent a message to {email}: open the link in it to verify your address.
        </Alert>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          You can sign in now with the email and password you chose; no message after a few minutes? Look in your spam
          folder.
        </p>
        <ContinueToSignIn email={email} interactionUid={interactionUid} />
      </div>
    );
  }

  return (
    <>
      <form action={action} className="flex flex-col gap-4" noValidate>
        <FormError state={state} />
        {interactionUid && <input type="hidden" name="interaction" value={interactionUid} />}
        {invitation && <input type="hidden" name="invitation" value={invitation.token} />}
        <TextField label="Name" autoComplete="name" {...field("name")} required />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          {...field("email")}
          readOnly={Boolean(invitation)}
          hint={emailHint}
          required
        />
        <NewPasswordField label="Password" name="password" hint={passwordHint} errors={errors?.password} />
        <SubmitButton
          className="mt-2 w-full"
          pending={pending}
          label="Create account"
          pendingLabel="Creating your account…"
        />
      </form>
      <SignInInstead href={signInHref} className="mt-6" />
    </>
  );
}

/** Posts the address to app/signup/continue, which fills it in on the sign-in it leads to. */
function ContinueToSignIn({ email, interactionUid }: { email: string; interactionUid?: string }) {
  return (
    <form method="post" action="/signup/continue">
      <input type="hidden" name="email" value={email} />
      {interactionUid && <input type="hidden" name="interaction" value={interactionUid} />}
      <Button type="submit" className="w-full">
        Continue to sign in
      </Button>
    </form>
  );
}
