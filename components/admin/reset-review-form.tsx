"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { decideAppReviewAction } from "@/lib/delivery/actions/review-actions";
import type { ActionResult } from "@/lib/kernel/errors";

/** On a published app's admin page: sends it back to Testing, with an optional reason for the developer. */
export function ResetReviewForm({ clientId, name }: { clientId: string; name: string }) {
  const toast = useToast();
  const [state, action, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await decideAppReviewAction(previous, form);
    if (result.ok) toast(`${name} is back in Testing. Its developer is told by email.`);
    return result;
  }, null);
  const { field } = useFormFields({ reason: "" }, state);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="decision" value="reset" />
      <input type="hidden" name="clientId" value={clientId} />
      <FormError state={state} />
      <TextField label="Reason for the developer (optional)" {...field("reason")} />
      <SubmitRow variant="secondary" pending={pending} label="Send back to Testing" pendingLabel="Sending back…" />
    </form>
  );
}
