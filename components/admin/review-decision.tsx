"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { decideAppReviewAction } from "@/lib/delivery/actions/review-actions";

/** Approve (publish) or reject with a reason the developer sees. */
export function ReviewDecision({ clientId, name }: { clientId: string; name: string }) {
  const [state, action, pending] = useActionState(decideAppReviewAction, null);
  const [reason, setReason] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = `reason-${clientId}`;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
      <TextareaField
        id={id}
        label="Reason (if you reject)"
        name="reason"
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={errors?.reason}
      />
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
