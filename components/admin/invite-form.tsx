"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createInvitationAction } from "@/lib/delivery/actions/settings-actions";

/** Invite someone by email: a single-use link that works under every sign-up policy. */
export function InviteForm() {
  const [state, action, pending] = useActionState(createInvitationAction, null);
  const { field } = useFormFields({ email: "" }, state);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {state?.ok && <Alert tone="success">Invitation sent to {state.data.email}.</Alert>}
      <FormError state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          {...field("email")}
          className="sm:flex-1"
          required
        />
        <SubmitButton className="sm:mt-6" pending={pending} label="Send invitation" pendingLabel="Sending…" />
      </div>
    </form>
  );
}
