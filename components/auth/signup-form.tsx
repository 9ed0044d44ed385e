"use client";

import Link from "next/link";
import { useActionState, useEffect, useState, type ReactNode } from "react";
import { signUpAction } from "@/lib/actions/sign-up-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { linkClass } from "./auth-page";

type Props = { interactionUid?: string; signInHref: string; passwordHint: ReactNode };

export function SignUpForm({ interactionUid, signInHref, passwordHint }: Props) {
  const [state, action, pending] = useActionState(signUpAction, null);
  // Controlled, so that an error answer does not clear what was typed.
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    // The next stop may be oidc-provider (outside Next.js): a full navigation.
    if (state?.ok) window.location.assign(state.data.redirectTo);
  }, [state]);

  return (
    <>
      <form action={action} className="flex flex-col gap-4" noValidate>
        {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
        {interactionUid && <input type="hidden" name="interaction" value={interactionUid} />}
        <TextField label="Name" name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} errors={errors?.name} required />
        <TextField label="Email" name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} errors={errors?.email} required />
        <TextField label="Password" name="password" type="password" autoComplete="new-password" hint={passwordHint} errors={errors?.password} required />
        <Button type="submit" className="mt-2 w-full" disabled={pending || state?.ok}>
          {pending || state?.ok ? "Creating your account…" : "Create account"}
        </Button>
      </form>
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href={signInHref} className={linkClass}>
          Sign in
        </Link>
      </p>
    </>
  );
}
