"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { CopyField } from "@/components/ui/copy-field";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SelectField } from "@/components/ui/select-field";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { CONNECTION_PRESETS, PRESET_NAMES, type ConnectionPreset } from "@/lib/accounts/connections/presets";
import { createConnectionAction } from "@/lib/delivery/actions/connection-actions";
import { CreateAccountsOption, distinctMessages, DomainsField, LabelField } from "./connection-settings-fields";

const PRESET_OPTIONS = PRESET_NAMES.map((value) => ({ value, label: CONNECTION_PRESETS[value].label }));
const presetOf = (value: string) => CONNECTION_PRESETS[value as ConnectionPreset] ?? CONNECTION_PRESETS.oidc;

/** Adds a connection (ARCHITECTURE.md "Federation"); answers the redirect URI to register upstream. */
export function ConnectionForm() {
  const [state, action, pending] = useActionState(createConnectionAction, null);
  const { values, setValues, field } = useFormFields(
    { name: "", preset: "oidc", issuer: "", clientId: "", clientSecret: "", scopes: "", domains: "" },
    state,
    distinctMessages,
  );
  const [createAccounts, setCreateAccounts] = useState(false);
  const preset = presetOf(values.preset);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state?.ok && (
        <Alert tone="success">
          <p>Added {state.data.name}. Register this redirect URI at the provider:</p>
          <div className="mt-2">
            <CopyField label="Redirect URI" value={state.data.callbackUrl} />
          </div>
        </Alert>
      )}
      <FormError state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Provider"
          options={PRESET_OPTIONS}
          {...field("preset")}
          onChange={(e) =>
            setValues({
              ...values,
              preset: e.target.value,
              // A preset names the button after its provider, unless a label was typed.
              name: values.name || (e.target.value === "oidc" ? "" : presetOf(e.target.value).label),
            })
          }
        />
        <LabelField {...field("name")} />
      </div>
      <TextField
        label="Issuer URL"
        type="url"
        autoComplete="off"
        placeholder={preset.issuer || "https://id.example.com"}
        hint={
          preset.issuer
            ? "Leave empty for the preset's issuer."
            : "The provider's OpenID issuer; Ninka reads its discovery document."
        }
        {...field("issuer")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Client ID" {...field("clientId")} autoComplete="off" required />
        <TextField
          label="Client secret"
          {...field("clientSecret")}
          type="password"
          autoComplete="new-password"
          required
        />
      </div>
      <TextField
        label="Scopes"
        autoComplete="off"
        placeholder={preset.scopes}
        hint="Leave empty for the preset's scopes."
        {...field("scopes")}
      />
      <DomainsField {...field("domains")} />
      <CreateAccountsOption checked={createAccounts} onChange={setCreateAccounts} />
      <SubmitRow pending={pending} label="Add connection" pendingLabel="Adding…" />
    </form>
  );
}
