"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createInvitationAction } from "@/lib/delivery/actions/team-member-actions";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import { roleAdds, roleOptions } from "./team-roles";

type Props = { teamId: string; roles: TeamRole[] };

/**
 * Invite someone by email with a role (only the roles the inviter may give): a single-use link,
 * mailed; they accept signed in with that address, verified.
 */
export function InviteMemberForm({ teamId, roles }: Props) {
  const [state, action, pending] = useActionState(createInvitationAction, null);
  const { values, setValues, field } = useFormFields(
    { email: "", role: roles.includes("developer") ? "developer" : roles[0]! },
    state,
  );
  // Once sent, the address field is empty for the next invitation (the role stays).
  const [sent, setSent] = useState<typeof state>(null);
  if (state?.ok && state !== sent) {
    setSent(state);
    setValues({ ...values, email: "" });
  }
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="team_id" value={teamId} />
      {state?.ok && <Alert tone="success">Invitation sent to {state.data.email}.</Alert>}
      <FormError state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          {...field("email")}
          className="sm:flex-1"
          required
        />
        <SelectField label="Role" options={roleOptions(roles)} {...field("role")} className="sm:w-40" />
        <SubmitButton className="sm:mt-6" pending={pending} label="Send invitation" pendingLabel="Sending…" />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{roleAdds(values.role as TeamRole)}</p>
    </form>
  );
}
