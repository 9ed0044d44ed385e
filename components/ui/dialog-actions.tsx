import type { ReactNode } from "react";
import { Button } from "./button";

type Props = {
  onCancel: () => void;
  /** Focus Cancel when the dialog opens (when nothing in it is to be typed first). */
  focusCancel?: boolean;
  /** The dialog's action. */
  children: ReactNode;
};

/** A dialog's buttons: Cancel, then its action (at the right on wide screens, on top on narrow ones). */
export function DialogActions({ onCancel, focusCancel, children }: Props) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button type="button" variant="secondary" onClick={onCancel} autoFocus={focusCancel}>
        Cancel
      </Button>
      {children}
    </div>
  );
}
