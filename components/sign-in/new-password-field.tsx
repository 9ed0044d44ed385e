import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";

type Props = Omit<ComponentProps<typeof TextField>, "type" | "autoComplete" | "required">;

/** A password being chosen (sign-up, reset, change): required, and marked new so password managers offer one. */
export function NewPasswordField(props: Props) {
  return <TextField type="password" autoComplete="new-password" required {...props} />;
}
