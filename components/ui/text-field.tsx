import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, FieldShell, inputClass } from "./field-shell";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: ReactNode[];
};

/** A labelled input with its hint and field errors. */
export function TextField({ label, name, hint, errors, id = name, className, ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <input id={id} name={name} {...describedBy(id, hint, errors)} className={inputClass} {...props} />
    </FieldShell>
  );
}
