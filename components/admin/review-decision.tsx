"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useToast } from "@/components/ui/toast";
import { decideAppReviewAction } from "@/lib/delivery/actions/review-actions";
import type { ActionResult } from "@/lib/kernel/errors";

/**
 * Approve (publish) or reject with a reason the developer sees. The decided app leaves the queue;
 * the toast says what happened to it (components/ui/toast.tsx).
 */
export function ReviewDecision({ clientId, name }: { clientId: string; name: string }) {
  const toast = useToast();
  const [state, action, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await decideAppReviewAction(previous, form);
    if (result.ok)
      toast(
        form.get("decision") === "approve"
          ? `${name} is approved and published. Its developer is told by email.`
          : `${name} is rejected and back in Testing. Its developer is told by email, with your reason.`,
      );
    return result;
  }, null);
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
