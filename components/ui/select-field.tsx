import type { ReactNode, SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  errors?: string[];
};

// React resets a form after its action runs, which puts a <select> back to its default option.
// For a controlled select, keep the default equal to the value so an error answer loses nothing.
const keepSelectedOnReset = (value: SelectHTMLAttributes<HTMLSelectElement>["value"]) => (select: HTMLSelectElement | null) => {
  if (!select || value === undefined) return;
  for (const option of select.options) option.defaultSelected = option.value === String(value);
};

/** A labelled <select> with its hint and field errors wired to aria-describedby. */
export function SelectField({ label, name, options, hint, errors, id = name, className = "", ...props }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        ref={props.value !== undefined ? keepSelectedOnReset(props.value) : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus-visible:border-brand-500 focus-visible:outline-2 focus-visible:outline-brand-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <div id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </div>
      )}
      {errors?.map((error) => (
        <p key={error} id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ))}
    </div>
  );
}
