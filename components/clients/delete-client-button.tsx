"use client";

import { useActionState, useState } from "react";
import { deleteClientAction } from "@/lib/actions/client-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";

/** Delete, after the developer types the app's name: deleting ends every token issued to it. */
export function DeleteClientButton({ clientId, name }: { clientId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [state, action, pending] = useActionState(deleteClientAction, null);
  const close = () => {
    setOpen(false);
    setTyped("");
  };

  return (
    <>
      <Button type="button" variant="danger" className="self-start" onClick={() => setOpen(true)}>
        Delete app
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={`Delete “${name}”?`}
        description="Its client ID and secrets stop working at once, and every token and grant issued to it ends. This cannot be undone."
      >
        <form action={action} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          <input type="hidden" name="client_id" value={clientId} />
          <TextField
            label={`Type “${name}” to confirm`}
            name="client_name"
            id="confirm-client-name"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={typed !== name || pending}>
              {pending ? "Deleting…" : "Delete this app"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
