"use client";

import { useActionState, useState } from "react";
import { createSecretAction } from "@/lib/delivery/actions/secret-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { SelectField } from "@/components/ui/select-field";
import { secretExpiryOptions } from "@/lib/portal/client-secrets/expiry-presets";

/**
 * "Add secret": a dialog that asks for an optional expiry, then shows the new secret once. At the
 * limit of active secrets it does nothing and looks so, described by the note that says why (`limitNoteId`).
 */
export function AddSecretButton({ clientId, limitNoteId }: { clientId: string; limitNoteId?: string }) {
  const [open, setOpen] = useState(false);
  // A fresh dialog each time, so the last secret shown is gone for good once closed. The remount
  // waits for the native close event, after the browser has returned focus to this button.
  const [round, setRound] = useState(0);
  const closed = () => {
    setOpen(false);
    setRound((r) => r + 1);
  };
  return (
    <>
      {/* aria-disabled, not disabled: the button keeps the focus the dialog returns to it. */}
      <Button
        type="button"
        className="shrink-0 aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
        onClick={() => !limitNoteId && setOpen(true)}
        aria-disabled={limitNoteId ? true : undefined}
        aria-describedby={limitNoteId}
      >
        Add secret
      </Button>
      <AddSecretDialog key={round} clientId={clientId} open={open} onHide={() => setOpen(false)} onClosed={closed} />
    </>
  );
}

type DialogProps = { clientId: string; open: boolean; onHide: () => void; onClosed: () => void };

function AddSecretDialog({ clientId, open, onHide, onClosed }: DialogProps) {
  const [state, action, pending] = useActionState(createSecretAction, null);
  const [expiresIn, setExpiresIn] = useState("");
  const created = state?.ok ? state.data : null;
  return (
    <Dialog
      open={open}
      onClose={onClosed}
      size="lg"
      title={created ? "New client secret" : "Add a client secret"}
      description={
        created ? undefined : "The new secret works alongside the current one until you revoke either of them."
      }
    >
      {created ? (
        <div className="flex flex-col gap-5">
          <CopyField label="Client secret" value={created.client_secret} copyLabel="Copy secret" testId="new-secret" />
          <Alert tone="warning">
            <strong>Copy the secret now: you will not see this secret again.</strong> Deploy it to your app, then revoke
            the old secret.
          </Alert>
          <div className="flex justify-end">
            <Button type="button" onClick={onHide}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form action={action} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          <input type="hidden" name="client_id" value={clientId} />
          <SelectField
            label="Expires"
            name="expires_in"
            options={secretExpiryOptions}
            value={expiresIn}
            onChange={(e) => setExpiresIn(e.target.value)}
            hint="An expiry makes a forgotten secret stop working on its own."
            errors={state && !state.ok ? state.fieldErrors?.expires_in : undefined}
          />
          <DialogActions onCancel={onHide}>
            <SubmitButton pending={pending} label="Create secret" pendingLabel="Creating…" />
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
