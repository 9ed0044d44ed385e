"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { changeEmailAction } from "@/lib/delivery/actions/account-actions";
import { isStepUpRequired, StepUpNotice } from "./step-up-notice";

/** A new email address: confirmed from a link mailed to it before it takes effect. Needs a recent sign-in. */
export function ChangeEmailForm({ recent }: { recent: boolean }) {
  const [state, action, pending] = useActionState(changeEmailAction, null);
  const [newEmail, setNewEmail] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
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
      {!recent || isStepUpRequired(state) ? (
        <StepUpNotice returnTo="/account" />
      ) : (
        state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>
      )}
      <TextField
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        value={newEmail}
        onChange={(e) => setNewEmail(e.target.value)}
        errors={errors?.newEmail}
        required
      />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel="Sending…">
          Change email address
        </SubmitButton>
      </div>
    </form>
  );
}
