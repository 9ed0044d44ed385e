import { Children, type ReactNode } from "react";

type Props = { label: string; children: ReactNode; flat?: boolean; empty?: ReactNode };

/**
 * A list of items as one card with dividers (apps, tokens, secrets, connected apps); `empty` (an
 * EmptyState) in its place when there is none.
 */
export function ListCard({ label, children, flat = false, empty }: Props) {
  if (empty && Children.count(children) === 0) return <>{empty}</>;
  const surface = flat ? "" : "bg-white shadow-sm dark:bg-slate-900";
  return (
    <ul
      aria-label={label}
      className={`flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800 ${surface}`}
    >
      {children}
    </ul>
  );
}

type ItemProps = {
  label: string;
  /** What the item is (its name, link, badges): the left of the first row. */
  heading: ReactNode;
  /** The item's action (revoke, remove), at the right of the first row. */
  action?: ReactNode;
  /** The grid classes of the details (columns differ per list). */
  detailsClassName: string;
  /** DetailItems: dates, scopes, ids. */
  children: ReactNode;
};

/** One item of a ListCard: its heading and action on top, its details as a <dl> below. */
export function ListCardItem({ label, heading, action, detailsClassName, children }: ItemProps) {
  return (
    <li aria-label={label} className="flex flex-col gap-3 p-4 sm:p-5">
      <div className="flex items-start justify-between gap-3">
        {heading}
        {action}
      </div>
      <dl className={`grid gap-x-6 gap-y-3 text-sm ${detailsClassName}`}>{children}</dl>
    </li>
  );
}
