"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { decideAppReviewAction } from "@/lib/delivery/actions/review-actions";

/** Sends a published app back to Testing by its client ID, with an optional reason for the developer. */
export function ResetReviewForm() {
  const [state, action, pending] = useActionState(decideAppReviewAction, null);
  const { field } = useFormFields({ clientId: "", reason: "" }, state);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="decision" value="reset" />
      {state?.ok && <Alert tone="success">The app is back in Testing.</Alert>}
      <FormError state={state} />
      <TextField label="Client ID" {...field("clientId")} autoComplete="off" />
      <TextField label="Reason for the developer (optional)" {...field("reason")} />
      <SubmitRow variant="secondary" pending={pending} label="Send back to Testing" pendingLabel="Sending back…" />
    </form>
  );
}
