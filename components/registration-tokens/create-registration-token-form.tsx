"use client";

import { useActionState, useState } from "react";
import { createRegistrationTokenAction } from "@/lib/delivery/actions/registration-token-actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { daysLabel } from "@/lib/kernel/time/days-label";
import { REGISTRATION_TOKEN_EXPIRY_DAYS } from "@/lib/portal/registration-tokens/form-values";
import { CreatedRegistrationTokenDialog } from "./created-registration-token-dialog";

const expiryOptions = REGISTRATION_TOKEN_EXPIRY_DAYS.map((days) => ({ value: String(days), label: daysLabel(days) }));
const initial = { name: "", expires_in: "7", max_registrations: "1" };

/** Name, expiry and number of registrations; the token itself is shown once, in a dialog. */
export function CreateRegistrationTokenForm() {
  const [state, action, pending] = useActionState(createRegistrationTokenAction, null);
  // Controlled, so that an error answer keeps what was typed.
  const [fields, setFields] = useState(initial);
  const [dismissed, setDismissed] = useState<typeof state>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  return (
    <form action={action} className="mt-4 flex flex-col gap-5" noValidate>
      {state?.ok && state !== dismissed && (
        <CreatedRegistrationTokenDialog
          created={state.data}
          onClose={() => {
            setDismissed(state);
            setFields(initial);
          }}
        />
      )}
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <TextField
        label="Name"
        name="name"
        value={fields.name}
        onChange={(e) => setFields({ ...fields, name: e.target.value })}
        hint="Who or what will register with it, e.g. “Claude connector” or “CI”."
        maxLength={100}
        autoComplete="off"
        errors={errors?.name}
        required
        className="max-w-md"
      />
      <div className="flex flex-col gap-5 sm:flex-row">
        <SelectField
          label="Expires after"
          name="expires_in"
          options={expiryOptions}
          value={fields.expires_in}
          onChange={(e) => setFields({ ...fields, expires_in: e.target.value })}
          errors={errors?.expires_in}
          className="max-w-xs"
        />
        <TextField
          label="Registrations"
          name="max_registrations"
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          value={fields.max_registrations}
          onChange={(e) => setFields({ ...fields, max_registrations: e.target.value })}
          hint="How many apps may register with it (1–1000)."
          errors={errors?.max_registrations}
          className="max-w-xs"
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Creating token…">
          Create token
        </SubmitButton>
      </div>
    </form>
  );
}
