"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { renamePasskeyAction } from "@/lib/delivery/actions/passkey-actions";

/** "Rename" opens a small form in place; Save or Cancel closes it again. */
export function RenamePasskey({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(
    async (previous: Awaited<ReturnType<typeof renamePasskeyAction>> | null, form: FormData) => {
      const result = await renamePasskeyAction(previous, form);
      if (result.ok) setOpen(false);
      return result;
    },
    null,
  );
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Rename<span className="sr-only">{` passkey ${name}`}</span>
      </Button>
    );
  const errors = state && !state.ok ? (state.fieldErrors?.name ?? [state.message]) : undefined;
  return (
    <form action={action} className="flex w-full flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <TextField
        label="New name"
        name="name"
        id={`name-${id}`}
        defaultValue={name}
        maxLength={60}
        errors={errors}
        required
        autoFocus
        className="min-w-0 flex-1"
      />
      <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
      <Button variant="ghost" onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </form>
  );
}
