"use client";

import { useActionState } from "react";
import { verifyEmailAction } from "@/lib/delivery/actions/sign-up-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(verifyEmailAction, null);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <Alert tone="success">{`Thank you: ${state.data.email} is verified.`}</Alert>
        <a href="/console" className={`${buttonClass()} w-full`}>
          Continue to Ninka
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full" pending={pending} label="Verify my email address" pendingLabel="Verifying…" />
    </form>
  );
}
