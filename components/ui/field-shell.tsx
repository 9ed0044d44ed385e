import type { ReactNode } from "react";

// What every labelled form control shares: the label, the hint and the field errors, both wired to
// the control through aria-describedby so screen readers read them with it.
export const inputClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-400 focus-visible:border-brand-500 focus-visible:outline-2 focus-visible:outline-brand-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

/** The aria attributes for the control of a field with this id, hint and errors. */
export function describedBy(id: string, hint: ReactNode | undefined, errors: ReactNode[] | undefined) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": ids.join(" ") || undefined,
  } as const;
}

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: ReactNode[];
  className?: string;
  children: ReactNode;
};

export function FieldShell({ id, label, hint, errors, className = "", children }: Props) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </div>
      )}
      {errors?.length ? (
        <div id={`${id}-error`} className="flex flex-col gap-0.5">
          {errors.map((error, i) => (
            <p key={i} className="break-words text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
