import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldShell, inputClass } from "./field-shell";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  errors?: string[];
};

// React resets a form after its action runs, which puts a <select> back to its default option.
// For a controlled select, keep the default equal to the value so an error answer loses nothing.
const keepSelectedOnReset =
  (value: SelectHTMLAttributes<HTMLSelectElement>["value"]) => (select: HTMLSelectElement | null) => {
    if (!select || value === undefined) return;
    for (const option of select.options) option.defaultSelected = option.value === String(value);
  };

/** A labelled <select> with its hint and field errors. */
export function SelectField({ label, name, options, hint, errors, id = name, className, ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <select
        id={id}
        name={name}
        {...describedBy(id, hint, errors)}
        ref={props.value !== undefined ? keepSelectedOnReset(props.value) : undefined}
        // A long option never pushes the select past a phone's screen.
        className={`${inputClass} max-w-full`}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
