"use client";

import { useActionState, useState } from "react";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { updateSignUpPolicyAction } from "@/lib/delivery/actions/settings-actions";
import { SIGN_UP_MODES, type SignUpMode, type SignUpPolicy } from "@/lib/accounts/settings/sign-up-policy";
import { ModeChoice } from "./mode-choice";

/** Who may create an account (lib/accounts/settings/sign-up-policy.ts); controlled, so a refusal loses nothing. */
export function SignUpPolicyForm({ policy }: { policy: SignUpPolicy }) {
  const [state, action, pending] = useActionState(updateSignUpPolicyAction, null);
  const [mode, setMode] = useState<string>(policy.mode);
  const { field } = useFormFields({ domains: policy.domains.join("\n") }, state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <ModeChoice
        legend="Who can create an account"
        name="mode"
        modes={SIGN_UP_MODES}
        value={mode}
        onChange={setMode}
        state={state}
      />
      {(mode as SignUpMode) === "domains" && (
        <TextareaField
          label="Email domains"
          rows={4}
          {...field("domains")}
          hint="One per line, like example.com. Only exact matches: subdomains must be listed too."
        />
      )}
      <SubmitRow pending={pending} label="Save sign-up policy" pendingLabel="Saving…" />
    </form>
  );
}
