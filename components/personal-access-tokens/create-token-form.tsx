"use client";

import { useActionState, useState } from "react";
import { createTokenAction } from "@/lib/delivery/actions/token-actions";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField } from "@/components/ui/select-field";
import { NameField } from "@/components/ui/name-field";
import { daysLabel } from "@/lib/kernel/time/days-label";
import { EXPIRY_CHOICES, MAX_NAME_LENGTH } from "@/lib/portal/personal-access-tokens/schemas";
import { scopeDescriptions, TOKEN_SCOPES } from "@/lib/portal/personal-access-tokens/token-scopes";
import { NewTokenPanel } from "./new-token-panel";

const scopeOptions = TOKEN_SCOPES.map((scope) => ({
  value: scope,
  label: <code>{scope}</code>,
  description: scopeDescriptions[scope],
}));
const expiryOptions = [
  ...EXPIRY_CHOICES.map((days) => ({ value: String(days), label: daysLabel(days) })),
  { value: "never", label: "No expiration" },
];
const initial = { name: "", scopes: ["clients:read"], expiresInDays: "30" };

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, null);
  // Controlled, so that an error answer keeps what was typed.
  const { values: fields, setValues: setFields, field } = useFormFields(initial, state);
  // The result whose token the user has put away; a newer result shows its panel again.
  const [dismissed, setDismissed] = useState<typeof state>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  if (state?.ok && state !== dismissed) {
    return (
      <NewTokenPanel
        name={state.data.name}
        token={state.data.token}
        onDone={() => {
          setDismissed(state);
          setFields(initial);
        }}
      />
    );
  }

  return (
    <form action={action} className="mt-4 flex flex-col gap-5" noValidate>
      <FormError state={state} />
      <NameField
        {...field("name")}
        hint="What the token is for, e.g. “CI deploy” or “Terraform”."
        maxLength={MAX_NAME_LENGTH}
      />
      <CheckboxGroup
        legend="Scopes"
        name="scopes"
        options={scopeOptions}
        values={fields.scopes}
        onChange={(scopes) => setFields({ ...fields, scopes })}
        errors={errors?.scopes}
      />
      <SelectField
        label="Expiration"
        options={expiryOptions}
        {...field("expiresInDays")}
        hint={fields.expiresInDays === "never" ? "A token without expiry works until you revoke it." : undefined}
        className="max-w-xs"
      />
      <SubmitRow pending={pending} label="Create token" pendingLabel="Creating token…" />
    </form>
  );
}
