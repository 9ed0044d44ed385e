"use client";

import { useActionState, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { makeTeamOwnerAction } from "@/lib/delivery/actions/admin-team-actions";
import type { ActionResult } from "@/lib/kernel/errors";

type Result = ActionResult<{ owner: string }>;

/** On a team's admin page: makes an existing account an owner (a member is promoted, anyone else joins). */
export function MakeTeamOwnerForm({ teamId, name }: { teamId: string; name: string }) {
  const toast = useToast();
  // Kept across an error answer (React resets a form after its action); emptied once it worked.
  const [email, setEmail] = useState("");
  const [state, action, pending] = useActionState(async (previous: Result | null, form: FormData) => {
    const result = await makeTeamOwnerAction(previous, form);
    if (result.ok) {
      setEmail("");
      toast(`${result.data.owner} is now an owner of ${name}.`);
    }
    return result;
  }, null);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <FormError state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label="Email address of the account"
          type="email"
          autoComplete="off"
          name="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={state && !state.ok ? state.fieldErrors?.email : undefined}
          className="sm:flex-1"
          required
        />
        <SubmitButton className="sm:mt-6" pending={pending} label="Make an owner" pendingLabel="Saving…" />
      </div>
    </form>
  );
}
