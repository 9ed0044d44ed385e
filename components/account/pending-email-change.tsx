"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { DateTime } from "@/components/ui/date-time";
import { cancelEmailChangeAction } from "@/lib/delivery/actions/account-actions";

/** An address change waiting for its link: where to, until when, and a way to withdraw it. */
export function PendingEmailChange({ email, expiresAt }: { email: string; expiresAt: Date }) {
  const [state, action, pending] = useActionState(() => cancelEmailChangeAction(), null);
  if (state?.ok)
    return <Alert tone="success">The address change was cancelled; the link sent to {email} no longer works.</Alert>;
  return (
    <form
      action={action}
      className="flex flex-col gap-3 rounded-md border border-slate-200 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between dark:border-slate-700"
    >
      <p>
        Waiting for <strong className="break-all">{email}</strong> to be confirmed: the link we sent there works until{" "}
        <DateTime value={expiresAt} withTime />.
        {state && !state.ok && <span className="mt-1 block text-red-700 dark:text-red-400">{state.message}</span>}
      </p>
      <SubmitButton
        variant="secondary"
        className="shrink-0 self-start sm:self-center"
        pending={pending}
        label="Cancel change"
        pendingLabel="Cancelling…"
      />
    </form>
  );
}
