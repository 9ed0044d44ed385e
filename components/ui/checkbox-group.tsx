import type { ReactNode } from "react";

type Option = { value: string; label: ReactNode; description?: ReactNode };

type Props = {
  legend: string;
  name: string;
  options: Option[];
  defaultValues?: string[];
  values?: string[];
  onChange?: (values: string[]) => void;
  errors?: string[];
};

// React resets a form after its action runs, which puts checkboxes back to their default
// (defaultChecked). Keeping the default equal to the controlled state makes them survive it, so an
// error answer loses no choices.
export const keepCheckedOnReset = (checked: boolean) => (input: HTMLInputElement | null) => {
  if (input) input.defaultChecked = checked;
};

/** A fieldset of checkboxes sharing one name (FormData.getAll), with its errors announced. */
export function CheckboxGroup({ legend, name, options, defaultValues, values, onChange, errors }: Props) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange?.(checked ? [...(values ?? []), value] : (values ?? []).filter((v) => v !== value));
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div key={option.value} className="flex items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 has-checked:border-brand-500 has-checked:bg-brand-50/60 dark:border-slate-700 dark:has-checked:border-brand-500 dark:has-checked:bg-slate-800">
            <input
              id={id}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={values ? undefined : defaultValues?.includes(option.value)}
              checked={values ? values.includes(option.value) : undefined}
              onChange={onChange ? (e) => toggle(option.value, e.target.checked) : undefined}
              ref={values ? keepCheckedOnReset(values.includes(option.value)) : undefined}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={option.description ? `${id}-description` : undefined}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <div className="flex flex-col">
              <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
                {option.label}
              </label>
              {option.description && (
                <span id={`${id}-description`} className="text-sm text-slate-600 dark:text-slate-400">
                  {option.description}
                </span>
              )}
            </div>
          </div>
        );
      })}
      {errors?.map((error) => (
        <p key={error} id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ))}
    </fieldset>
  );
}
