"use client";

import { useActionState, useState } from "react";
import { createRegistrationTokenAction } from "@/lib/delivery/actions/registration-token-actions";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { NameField } from "@/components/ui/name-field";
import { daysLabel } from "@/lib/kernel/time/days-label";
import { REGISTRATION_TOKEN_EXPIRY_DAYS } from "@/lib/portal/registration-tokens/form-values";
import { CreatedRegistrationTokenDialog } from "./created-registration-token-dialog";

const expiryOptions = REGISTRATION_TOKEN_EXPIRY_DAYS.map((days) => ({ value: String(days), label: daysLabel(days) }));
const initial = { name: "", expires_in: "7", max_registrations: "1" };

/** Name, expiry and number of registrations; the token itself is shown once, in a dialog. */
export function CreateRegistrationTokenForm() {
  const [state, action, pending] = useActionState(createRegistrationTokenAction, null);
  // Controlled, so that an error answer keeps what was typed.
  const { setValues: setFields, field } = useFormFields(initial, state);
  const [dismissed, setDismissed] = useState<typeof state>(null);

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
      <FormError state={state} />
      <NameField {...field("name")} hint="Who or what will register with it, e.g. “Claude connector” or “CI”." />
      <div className="flex flex-col gap-5 sm:flex-row">
        <SelectField label="Expires after" options={expiryOptions} {...field("expires_in")} className="max-w-xs" />
        <TextField
          label="Registrations"
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          {...field("max_registrations")}
          hint="How many apps may register with it (1–1000)."
          className="max-w-xs"
        />
      </div>
      <SubmitRow pending={pending} label="Create token" pendingLabel="Creating token…" />
    </form>
  );
}
