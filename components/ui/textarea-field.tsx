import type { ReactNode, TextareaHTMLAttributes } from "react";
import { describedBy, FieldShell, inputClass } from "./field-shell";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: ReactNode[];
};

/** A labelled <textarea> (monospace: it holds URLs and identifiers) with its hint and errors. */
export function TextareaField({ label, name, hint, errors, id = name, className, ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <textarea
        id={id}
        name={name}
        {...describedBy(id, hint, errors)}
        className={`${inputClass} font-mono text-sm`}
        {...props}
      />
    </FieldShell>
  );
}
