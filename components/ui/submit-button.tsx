import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button";

type Props = Omit<ComponentProps<typeof Button>, "type" | "disabled"> & {
  /** The form's action is running: the button is disabled and says what is happening. */
  pending: boolean;
  pendingLabel: ReactNode;
};

/** A form's submit button, disabled while its action runs and showing `pendingLabel` meanwhile. */
export function SubmitButton({ pending, pendingLabel, children, ...props }: Props) {
  return (
    <Button type="submit" disabled={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
