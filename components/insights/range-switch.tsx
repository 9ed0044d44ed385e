"use client";

const RANGES = [7, 30, 90] as const;
export type Range = (typeof RANGES)[number];

/** Last 7 / 30 / 90 days: buttons that say which is on (aria-pressed), usable by keyboard. */
export function RangeSwitch({ value, onChange }: { value: Range; onChange: (range: Range) => void }) {
  return (
    <div
      role="group"
      aria-label="Period"
      className="inline-flex self-start rounded-md border border-slate-300 p-0.5 dark:border-slate-600"
    >
      {RANGES.map((range) => (
        <button
          key={range}
          type="button"
          aria-pressed={value === range}
          onClick={() => onChange(range)}
          className="rounded px-3 py-1 text-sm font-medium text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-500 aria-pressed:bg-brand-600 aria-pressed:text-white dark:text-slate-200"
        >
          {range} days
        </button>
      ))}
    </div>
  );
}
