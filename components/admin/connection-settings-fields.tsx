"use client";

import { OptionRow } from "@/components/ui/option-row";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import type { FieldBinder } from "@/components/ui/form-fields";
import type { FieldErrors } from "@/lib/kernel/errors";

// The settings a connection is added with and edited later (ARCHITECTURE.md "Federation";
// connectionSettingsSchema): its label, allowed domains and whether it may create accounts, worded
// once for the admin page's add form and its Edit dialogs.
type Bound = ReturnType<FieldBinder<{ value: string }>> & { id?: string };

/** A field's errors, each said once (every refused domain of a list gives the same sentence). */
export const distinctMessages = (errors: FieldErrors | undefined, name: string) =>
  errors?.[name] && [...new Set(errors[name])];

/** The label: pass `field("name")`. */
export function LabelField(props: Bound) {
  return <TextField label="Button label" hint="People see “Continue with …”." autoComplete="off" required {...props} />;
}

/** The allowed domains: pass `field("domains")`. */
export function DomainsField(props: Bound) {
  return (
    <TextareaField
      label="Allowed email domains"
      hint="Optional, one per line: only verified addresses at these domains may sign in through this connection."
      rows={2}
      {...props}
    />
  );
}

type OptionProps = { checked: boolean; onChange: (checked: boolean) => void; idPrefix?: string };

export function CreateAccountsOption({ checked, onChange, idPrefix }: OptionProps) {
  return (
    <OptionRow
      type="checkbox"
      name="createAccounts"
      idPrefix={idPrefix}
      option={{
        value: "on",
        label: "Create accounts on a first sign-in",
        description: "Only when the sign-up policy admits the address. Otherwise only existing accounts can link.",
      }}
      checked={checked}
      onChange={onChange}
    />
  );
}
