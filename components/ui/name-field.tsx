import type { ComponentProps } from "react";
import { TextField } from "./text-field";

type Props = Omit<ComponentProps<typeof TextField>, "label" | "autoComplete" | "required">;

/** The name of something being created (an app, an API, a token): required, never autofilled. */
export function NameField({ maxLength = 100, className = "max-w-md", ...props }: Props) {
  return <TextField label="Name" maxLength={maxLength} autoComplete="off" required className={className} {...props} />;
}
