"use client";

import { useActionState, useState } from "react";
import { SubmitRow } from "@/components/ui/submit-button";
import { updateDcrPolicyAction } from "@/lib/delivery/actions/settings-actions";
import { DCR_MODES, type DcrMode } from "@/lib/accounts/settings/dcr-modes";
import { ModeChoice } from "./mode-choice";

/** Who may register apps through RFC 7591 (lib/accounts/settings/dcr-modes.ts). */
export function DcrPolicyForm({ mode: saved }: { mode: DcrMode }) {
  const [state, action, pending] = useActionState(updateDcrPolicyAction, null);
  const [mode, setMode] = useState<string>(saved);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <ModeChoice
        legend="Who can register apps through the registration endpoint"
        // Not "mode": the sign-up policy's radios on the same page are named so, and ids follow names.
        name="dcrMode"
        modes={DCR_MODES}
        value={mode}
        onChange={setMode}
        state={state}
      />
      <SubmitRow pending={pending} label="Save registration policy" pendingLabel="Saving…" />
    </form>
  );
}
