"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { decideAppReviewAction } from "@/lib/delivery/actions/review-actions";

/** Sends a published app back to Testing by its client ID, with an optional reason for the developer. */
export function ResetReviewForm() {
  const [state, action, pending] = useActionState(decideAppReviewAction, null);
  const [clientId, setClientId] = useState("");
  const [reason, setReason] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="decision" value="reset" />
      {state?.ok && <Alert tone="success">The app is back in Testing.</Alert>}
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <TextField
        label="Client ID"
        name="clientId"
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
        errors={errors?.clientId}
        autoComplete="off"
      />
      <TextField
        label="Reason for the developer (optional)"
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={errors?.reason}
      />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel="Sending back…">
          Send back to Testing
        </SubmitButton>
      </div>
    </form>
  );
}
