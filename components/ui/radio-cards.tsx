import type { ReactNode } from "react";
import { keepCheckedOnReset } from "./checkbox-group";

type Option = { value: string; label: ReactNode; description?: ReactNode };

type Props = {
  legend: string;
  name: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
};

/** A fieldset of radio buttons drawn as selectable cards (arrow keys move between them). */
export function RadioCards({ legend, name, options, value, onChange, errors }: Props) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-3 has-checked:border-brand-500 has-checked:bg-brand-50/60 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:border-slate-700 dark:has-checked:border-brand-500 dark:has-checked:bg-slate-800"
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                ref={keepCheckedOnReset(value === option.value)}
                aria-describedby={option.description ? `${id}-description` : undefined}
                className="mt-0.5 size-4 shrink-0 accent-brand-600 focus-visible:outline-none"
              />
              <span className="flex flex-col">
                <span className="text-sm font-medium text-slate-900 dark:text-slate-100">{option.label}</span>
                {option.description && (
                  <span id={`${id}-description`} className="text-sm text-slate-600 dark:text-slate-400">
                    {option.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {errors?.map((error) => (
        <p key={error} id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ))}
    </fieldset>
  );
}
