"use client";

import { useActionState, useState } from "react";
import { removeAccessAction } from "@/app/account/apps/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Remove an app's access, after a confirmation dialog. On success the list re-renders without it. */
export function RemoveAccessButton({ clientId, name }: { clientId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(removeAccessAction, null);

  return (
    <>
      <Button type="button" variant="secondary" className="shrink-0 py-1.5" onClick={() => setOpen(true)}>
        Remove access<span className="sr-only"> of {name}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Remove ${name}’s access?`}
        description={`${name} is signed out at once and can no longer use your account. If you use it again, it will ask for your permission.`}
      >
        <form action={action} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          <input type="hidden" name="client_id" value={clientId} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Removing…" : "Remove access"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
