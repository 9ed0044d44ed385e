"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { submitAppReviewAction } from "@/lib/delivery/actions/review-actions";

/** "Submit for review" with a short note for the administrator. */
export function SubmitReviewForm({ clientId }: { clientId: string }) {
  const [state, action, pending] = useActionState(submitAppReviewAction, null);
  const { field } = useFormFields({ note: "" }, state);
  return (
    <form
      action={action}
      className="flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      noValidate
    >
      <input type="hidden" name="clientId" value={clientId} />
      <FormError state={state} />
      <TextareaField
        label="Note for the reviewer"
        {...field("note")}
        hint="What the app does and why it asks for these permissions."
        rows={3}
      />
      <SubmitRow pending={pending} label="Submit for review" pendingLabel="Submitting…" />
    </form>
  );
}
