"use client";

import { useActionState, useState } from "react";
import { revokeTokenAction } from "@/app/console/tokens/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Revoke, after a confirmation dialog. On success the list re-renders without the token. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(revokeTokenAction, null);

  return (
    <>
      <Button type="button" variant="secondary" className="shrink-0 py-1.5" onClick={() => setOpen(true)}>
        Revoke<span className="sr-only"> token {name}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Revoke “${name}”?`}
        description="Scripts and tools using this token stop working immediately. This cannot be undone."
      >
        <form action={action} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          <input type="hidden" name="id" value={id} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Revoking…" : "Revoke token"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
