import type { ReactNode } from "react";

/** What a list shows when it has nothing yet: what would be here, and how to get it there. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
      <p className="font-medium">{title}</p>
      <p className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">{children}</p>
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
