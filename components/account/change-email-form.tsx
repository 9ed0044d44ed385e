"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { changeEmailAction } from "@/lib/delivery/actions/account-actions";
import { isStepUpRequired, StepUpNotice } from "./step-up-notice";

/** A new email address: confirmed from a link mailed to it before it takes effect. Needs a recent sign-in. */
export function ChangeEmailForm({ recent }: { recent: boolean }) {
  const [state, action, pending] = useActionState(changeEmailAction, null);
  const { field } = useFormFields({ newEmail: "" }, state);
  if (state?.ok) {
    return (
      <Alert tone="success">
        Check {state.data.newEmail}: open the link we sent there to confirm it. Until then your account keeps its
        current address.
      </Alert>
    );
  }
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {!recent || isStepUpRequired(state) ? <StepUpNotice returnTo="/account" /> : <FormError state={state} />}
      <TextField label="New email address" type="email" autoComplete="email" {...field("newEmail")} required />
      <SubmitRow variant="secondary" pending={pending} label="Change email address" pendingLabel="Sending…" />
    </form>
  );
}
