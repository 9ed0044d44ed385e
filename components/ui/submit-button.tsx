import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button";

type Props = Omit<ComponentProps<typeof Button>, "type" | "disabled" | "children"> & {
  label: ReactNode;
  /** The form's action is running: the button is disabled and says `pendingLabel` instead. */
  pending: boolean;
  pendingLabel: ReactNode;
};

/** A form's submit button, disabled while its action runs and saying what it is doing meanwhile. */
export function SubmitButton({ label, pending, pendingLabel, ...props }: Props) {
  return (
    <Button type="submit" disabled={pending} {...props}>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/** A submit button on a row of its own under a form's fields, at its natural width. */
export function SubmitRow(props: Props) {
  return (
    <div>
      <SubmitButton {...props} />
    </div>
  );
}
