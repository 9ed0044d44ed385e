"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { resendVerificationAction } from "@/lib/delivery/actions/verification-actions";
import { ResendVerificationResult } from "./resend-verification-result";

/**
 * On every signed-in page until the address is verified (as GitHub does): what is waiting for it,
 * and the link mailed again on request (ARCHITECTURE.md "Verified developers").
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  const [state, action, pending] = useActionState(resendVerificationAction, null);
  return (
    <div
      role="region"
      aria-label="Verify your email address"
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <form
        action={action}
        className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-center sm:px-6"
      >
        <p className="flex-1 break-words">
          <strong>Verify your email address.</strong> Open the link we mailed to {email} to create apps and APIs.
        </p>
        <SubmitButton
          variant="secondary"
          className="self-start py-1.5"
          pending={pending}
          label="Send the link again"
          pendingLabel="Sending…"
        />
      </form>
      {state && (
        <div className="mx-auto max-w-5xl px-4 pb-3 sm:px-6">
          <ResendVerificationResult state={state} />
        </div>
      )}
    </div>
  );
}
