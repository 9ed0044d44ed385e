"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { TextField } from "./text-field";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** Hidden form fields identifying what is deleted. */
  fields: Record<string, string>;
  /** What the person types to confirm (the item's name), sent as `nameField`. */
  name: string;
  nameField: string;
  label: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
};

/** Deletion of something others depend on, after the developer types its name. */
export function TypeToConfirmButton({ action, fields, name, nameField, label, description, confirmLabel, pendingLabel }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [state, formAction, pending] = useActionState(action, null);
  const close = () => {
    setOpen(false);
    setTyped("");
  };

  return (
    <>
      <Button type="button" variant="danger" className="self-start" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={close} title={`Delete “${name}”?`} description={description}>
        <form action={formAction} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          {Object.entries(fields).map(([field, value]) => (
            <input key={field} type="hidden" name={field} value={value} />
          ))}
          <TextField
            label={`Type “${name}” to confirm`}
            name={nameField}
            id={`confirm-${nameField}`}
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
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
