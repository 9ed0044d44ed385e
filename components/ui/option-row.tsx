import type { ReactNode } from "react";

export type Option = { value: string; label: ReactNode; description?: ReactNode };

// React resets a form after its action runs, which puts checkboxes and radios back to their
// default (defaultChecked). Keeping the default equal to the controlled state makes them survive
// it, so an error answer loses no choice.
const keepCheckedOnReset = (checked: boolean) => (input: HTMLInputElement | null) => {
  if (input) input.defaultChecked = checked;
};

type Props = {
  type: "checkbox" | "radio";
  name: string;
  option: Option;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: (checked: boolean) => void;
  invalid?: boolean;
  /** Distinguishes the ids of rows sharing a name and value on one page; default the name. */
  idPrefix?: string;
};

/**
 * One choice of a checkbox group or of radio cards: the whole row is clickable, the input is named
 * by its label alone and described by its description (so screen readers read both, in order).
 */
export function OptionRow({ type, name, option, checked, defaultChecked, onChange, invalid, idPrefix = name }: Props) {
  const id = `${idPrefix}-${option.value}`;
  return (
    <label
      htmlFor={id}
      className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 has-checked:border-brand-500 has-checked:bg-brand-50/60 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:border-slate-700 dark:has-checked:border-brand-500 dark:has-checked:bg-slate-800"
    >
      <input
        id={id}
        type={type}
        name={name}
        value={option.value}
        checked={checked}
        defaultChecked={checked === undefined ? defaultChecked : undefined}
        onChange={onChange ? (e) => onChange(e.target.checked) : undefined}
        ref={checked === undefined ? undefined : keepCheckedOnReset(checked)}
        aria-invalid={invalid || undefined}
        aria-labelledby={`${id}-label`}
        aria-describedby={option.description ? `${id}-description` : undefined}
        className="mt-0.5 size-4 shrink-0 accent-brand-600 focus-visible:outline-none"
      />
      <span className="flex flex-col">
        <span id={`${id}-label`} className="text-sm font-medium text-slate-900 dark:text-slate-100">
          {option.label}
        </span>
        {option.description && (
          <span id={`${id}-description`} className="text-sm text-slate-600 dark:text-slate-400">
            {option.description}
          </span>
        )}
      </span>
    </label>
  );
}

/** The field errors under a group of options, announced with it. */
export function OptionErrors({ id, errors }: { id?: string; errors?: string[] }) {
  return errors?.map((error) => (
    <p key={error} id={id} className="text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  ));
}
