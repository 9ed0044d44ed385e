"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createInvitationAction } from "@/lib/delivery/actions/settings-actions";

/** Invite someone by email: a single-use link that works under every sign-up policy. */
export function InviteForm() {
  const [state, action, pending] = useActionState(createInvitationAction, null);
  const [email, setEmail] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {state?.ok && <Alert tone="success">Invitation sent to {state.data.email}.</Alert>}
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label="Email address"
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={errors?.email}
          className="sm:flex-1"
          required
        />
        <SubmitButton className="sm:mt-6" pending={pending} pendingLabel="Sending…">
          Send invitation
        </SubmitButton>
      </div>
    </form>
  );
}
