"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/submit-button";
import { OptionRow } from "@/components/ui/option-row";
import { updateAppReviewSettingAction } from "@/lib/delivery/actions/settings-actions";

/** Turns app review on or off (ARCHITECTURE.md "App review"). */
export function AppReviewForm({ enabled }: { enabled: boolean }) {
  const [state, action, pending] = useActionState(updateAppReviewSettingAction, null);
  const [checked, setChecked] = useState(enabled);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state?.ok && <Alert tone="success">Saved. App review is {state.data.enabled ? "on" : "off"}.</Alert>}
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      <OptionRow
        type="checkbox"
        name="enabled"
        option={{
          value: "on",
          label: "Review new apps before anyone can use them",
          description:
            "New apps start in Testing: only their developer and up to 100 test users can sign in until an administrator approves them. Existing apps stay published.",
        }}
        checked={checked}
        onChange={setChecked}
      />
      <SubmitRow pending={pending} label="Save app review" pendingLabel="Saving…" />
    </form>
  );
}
