"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { decideAppReviewAction } from "@/lib/delivery/actions/review-actions";

/** Approve (publish) or reject with a reason the developer sees. */
export function ReviewDecision({ clientId, name }: { clientId: string; name: string }) {
  const [state, action, pending] = useActionState(decideAppReviewAction, null);
  const { field } = useFormFields({ reason: "" }, state);
  const id = `reason-${clientId}`;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      <FormError state={state} />
      <TextareaField id={id} label="Reason (if you reject)" rows={2} {...field("reason")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          Approve<span className="sr-only"> {name}</span>
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger" disabled={pending}>
          Reject<span className="sr-only"> {name}</span>
        </Button>
      </div>
    </form>
  );
}
