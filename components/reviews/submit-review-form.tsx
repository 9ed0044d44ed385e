"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { submitAppReviewAction } from "@/lib/delivery/actions/review-actions";

/** "Submit for review" with a short note for the administrator. */
export function SubmitReviewForm({ clientId }: { clientId: string }) {
  const [state, action, pending] = useActionState(submitAppReviewAction, null);
  const [note, setNote] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={action}
      className="flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      noValidate
    >
      <input type="hidden" name="clientId" value={clientId} />
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <TextareaField
        label="Note for the reviewer"
        name="note"
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        hint="What the app does and why it asks for these permissions."
        errors={errors?.note}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Submitting…">
          Submit for review
        </SubmitButton>
      </div>
    </form>
  );
}
