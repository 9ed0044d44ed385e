"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** Hidden form fields identifying what the action applies to. */
  fields: Record<string, string>;
  label: string;
  /** Appended to the label for screen readers, so a list's buttons can be told apart. */
  srLabel: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
};

/**
 * A destructive action behind a confirmation dialog: Cancel has the focus, the server action's
 * error shows in the dialog, and on success the page re-renders without the item.
 */
export function ConfirmActionButton({ action, fields, label, srLabel, title, description, confirmLabel, pendingLabel }: Props) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <>
      <Button type="button" variant="secondary" className="shrink-0 py-1.5" onClick={() => setOpen(true)}>
        {label}
        <span className="sr-only"> {srLabel}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={description}>
        <form action={formAction} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
