import type { ReactNode } from "react";

/** A plain list inside a card (passkeys, linked providers): one row per thing, divided by lines. */
export function RowList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label={label}>
      {children}
    </ul>
  );
}

/** A RowList row: the thing's name and a line about it on the left, its actions on the right. */
export function RowListItem({ title, detail, actions }: { title: string; detail: ReactNode; actions: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="font-medium break-words">{title}</p>
        <p className="text-sm break-words text-slate-600 dark:text-slate-400">{detail}</p>
      </div>
      {actions}
    </li>
  );
}
