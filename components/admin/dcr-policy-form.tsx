"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { RadioCards } from "@/components/ui/radio-cards";
import { updateDcrPolicyAction } from "@/lib/delivery/actions/settings-actions";
import { DCR_MODES, type DcrMode } from "@/lib/accounts/settings/dcr-modes";

const OPTIONS = Object.entries(DCR_MODES).map(([value, { label, description }]) => ({ value, label, description }));

/** Who may register apps through RFC 7591 (lib/accounts/settings/dcr-modes.ts). */
export function DcrPolicyForm({ mode: saved }: { mode: DcrMode }) {
  const [state, action, pending] = useActionState(updateDcrPolicyAction, null);
  const [mode, setMode] = useState<string>(saved);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state?.ok && <Alert tone="success">Saved. {DCR_MODES[state.data.mode].description}</Alert>}
      <FormError state={state} />
      <RadioCards
        legend="Who can register apps through the registration endpoint"
        // Not "mode": the sign-up policy's radios on the same page are named so, and ids follow names.
        name="dcrMode"
        options={OPTIONS}
        value={mode}
        onChange={setMode}
        errors={errors?.mode}
      />
      <div>
        <SubmitButton pending={pending} label="Save registration policy" pendingLabel="Saving…" />
      </div>
    </form>
  );
}
