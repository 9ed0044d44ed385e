"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { changeEmailAction } from "@/lib/actions/account-actions";

/** A new email address: confirmed from a link mailed to it before it takes effect. */
export function ChangeEmailForm() {
  const [state, action, pending] = useActionState(changeEmailAction, null);
  const [newEmail, setNewEmail] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    return (
      <Alert tone="success">
        Check {state.data.newEmail}: open the link we sent there to confirm it. Until then your account keeps its current address.
      </Alert>
    );
  }
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <TextField label="New email address" name="newEmail" type="email" autoComplete="email" value={newEmail} onChange={(e) => setNewEmail(e.target.value)} errors={errors?.newEmail} required />
      <TextField id="change-email-password" label="Password, to confirm the change" name="password" type="password" autoComplete="current-password" errors={errors?.password} required />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Sending…" : "Change email address"}
        </Button>
      </div>
    </form>
  );
}
