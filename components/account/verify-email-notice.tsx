"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendVerificationAction } from "@/lib/actions/verification-actions";

/** Before a developer's first app: verify the address, with a button to mail the link again. */
export function VerifyEmailNotice({ email }: { email: string }) {
  const [state, action, pending] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="flex flex-col gap-4">
      <Alert tone="warning">
        Verify your email address before creating an app: open the link we mailed to {email}. Your existing apps keep working.
      </Alert>
      {state?.ok && <Alert tone="success">We sent a new link to {state.data.email}. It works once, for 24 hours.</Alert>}
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Sending…" : "Send the link again"}
        </Button>
      </div>
    </form>
  );
}
