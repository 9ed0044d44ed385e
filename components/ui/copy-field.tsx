import { CopyButton } from "./copy-button";

type Props = {
  label: string;
  value: string;
  copyLabel?: string;
  testId?: string;
};

/** A labelled value in monospace, selectable as a whole, with a copy button beside it. */
export function CopyField({ label, value, copyLabel = "Copy", testId }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-800 dark:text-slate-200">{label}</span>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          aria-label={label}
          data-testid={testId}
          className="min-w-0 flex-1 select-all break-all rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
        >
          {value}
        </code>
        <CopyButton value={value} label={copyLabel} className="self-start sm:self-auto" />
      </div>
    </div>
  );
}
