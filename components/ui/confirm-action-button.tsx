"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/kernel/errors";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { TextField } from "./text-field";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** Hidden form fields identifying what the action applies to. */
  fields: Record<string, string>;
  label: string;
  /** Appended to the label for screen readers, so a list's buttons can be told apart. */
  srLabel?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /**
   * For what others depend on (an app, an API): a red button, and the person types `name` to
   * confirm; it is sent as the form field `field`.
   */
  typeToConfirm?: { name: string; field: string };
};

/**
 * A destructive action behind a confirmation dialog: Cancel has the focus (or the confirmation
 * field, when the name must be typed), the server action's error shows in the dialog, and on
 * success the page re-renders without the item.
 */
export function ConfirmActionButton({
  action,
  fields,
  label,
  srLabel,
  title,
  description,
  confirmLabel,
  pendingLabel,
  typeToConfirm,
}: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [state, formAction, pending] = useActionState(action, null);
  const close = () => {
    setOpen(false);
    setTyped("");
  };
  return (
    <>
      <Button
        type="button"
        variant={typeToConfirm ? "danger" : "secondary"}
        className={typeToConfirm ? "self-start" : "shrink-0 py-1.5"}
        onClick={() => setOpen(true)}
      >
        {label}
        {srLabel && <span className="sr-only"> {srLabel}</span>}
      </Button>
      <Dialog open={open} onClose={close} title={title} description={description}>
        <form action={formAction} className="flex flex-col gap-4">
          {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {typeToConfirm && (
            <TextField
              label={`Type “${typeToConfirm.name}” to confirm`}
              name={typeToConfirm.field}
              id={`confirm-${typeToConfirm.field}`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={close} autoFocus={!typeToConfirm}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="danger"
              disabled={pending || (!!typeToConfirm && typed !== typeToConfirm.name)}
            >
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
