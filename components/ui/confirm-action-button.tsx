"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/kernel/errors";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { DialogActions } from "./dialog-actions";
import { TextField } from "./text-field";
import { useToast } from "./toast";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

type Props = {
  action: Action;
  /** Hidden form fields identifying what the action applies to. */
  fields: Record<string, string>;
  label: string;
  /** Appended to the label for screen readers, so a list's buttons can be told apart. */
  srLabel?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** What the console says once it worked (components/ui/toast.tsx), e.g. "Secret revoked." */
  successMessage: string;
  /**
   * For what others depend on (an app, an API): a red button, and the person types `name` to
   * confirm; it is sent as the form field `field`.
   */
  typeToConfirm?: { name: string; field: string };
};

type Asked = Omit<Props, "label" | "srLabel">;

/**
 * A destructive action behind a confirmation dialog: Cancel has the focus (or the confirmation
 * field, when the name must be typed), the server action's error shows in the dialog, and on
 * success the dialog closes, the success message shows, and the page re-renders (without the item).
 * The dialog keeps what was asked when it opened: the page re-rendering after the action (a user
 * now disabled) never turns it into the opposite question.
 */
export function ConfirmActionButton({ label, srLabel, ...asked }: Props) {
  const [shown, setShown] = useState<{ asked: Asked; round: number; open: boolean } | null>(null);
  return (
    <>
      <Button
        type="button"
        variant={asked.typeToConfirm ? "danger" : "secondary"}
        className={asked.typeToConfirm ? "self-start" : "shrink-0 py-1.5"}
        onClick={() => setShown((previous) => ({ asked, round: (previous?.round ?? 0) + 1, open: true }))}
      >
        {label}
        {srLabel && <span className="sr-only"> {srLabel}</span>}
      </Button>
      {/* A new round per opening: no error left over from the last time. Closed, it stays mounted
          until the next opening, so the native dialog hands the focus back to this button. */}
      {shown && (
        <ConfirmDialog
          key={shown.round}
          {...shown.asked}
          open={shown.open}
          onClose={() => setShown((current) => current && { ...current, open: false })}
        />
      )}
    </>
  );
}

function ConfirmDialog({
  action,
  fields,
  title,
  description,
  confirmLabel,
  pendingLabel,
  successMessage,
  typeToConfirm,
  open,
  onClose,
}: Asked & { open: boolean; onClose: () => void }) {
  const toast = useToast();
  const [typed, setTyped] = useState("");
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const result = await action(previous, form);
    // An action that redirects (deleting an app leaves its page) may resolve without a result.
    if (result?.ok) {
      onClose();
      toast(successMessage);
    }
    return result;
  }, null);
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
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
        <DialogActions onCancel={onClose} focusCancel={!typeToConfirm}>
          <Button
            type="submit"
            variant="danger"
            disabled={pending || (!!typeToConfirm && typed !== typeToConfirm.name)}
          >
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
