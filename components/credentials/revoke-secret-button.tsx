"use client";

import { useActionState, useState } from "react";
import { revokeSecretAction } from "@/app/console/clients/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Props = { clientId: string; secretId: string; hint: string; last: boolean };

/** Revoke one secret, after a confirmation that says what stops working. */
export function RevokeSecretButton({ clientId, secretId, hint, last }: Props) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(revokeSecretAction, null);
  return (
    <>
      <Button type="button" variant="secondary" className="shrink-0 py-1.5" onClick={() => setOpen(true)}>
        Revoke<span className="sr-only"> secret ending {hint}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Revoke the secret ending ${hint}?`}
        description={
          last
            ? "This is the app's only active secret: the app cannot get tokens until you add a new one. This cannot be undone."
            : "Anything still using this secret stops getting tokens on its next request. This cannot be undone."
        }
      >
        <form action={action} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          <input type="hidden" name="client_id" value={clientId} />
          <input type="hidden" name="secret_id" value={secretId} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Revoking…" : "Revoke secret"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
