import Link from "next/link";

// A team's sections, each its own address (as an app's tabs, components/clients/app-tabs.tsx).
const TABS = [
  { tab: "apps", path: "", label: "Apps" },
  { tab: "apis", path: "/apis", label: "APIs" },
  { tab: "members", path: "/members", label: "Members" },
  { tab: "activity", path: "/activity", label: "Activity" },
  { tab: "settings", path: "/settings", label: "Settings" },
] as const;

export type TeamTab = (typeof TABS)[number]["tab"];

/** The tabs of a team's pages; on a phone the bar scrolls sideways rather than wrapping. */
export function TeamTabs({ teamId, current }: { teamId: string; current: TeamTab }) {
  const base = `/console/teams/${encodeURIComponent(teamId)}`;
  return (
    <nav aria-label="Team sections" className="-mx-4 sm:mx-0">
      <ul className="flex gap-1 overflow-x-auto px-4 shadow-[inset_0_-1px_0_var(--color-slate-200)] sm:px-0 dark:shadow-[inset_0_-1px_0_var(--color-slate-800)]">
        {TABS.map(({ tab, path, label }) => (
          <li key={tab} className="shrink-0">
            <Link
              href={`${base}${path}`}
              aria-current={tab === current ? "page" : undefined}
              className="block whitespace-nowrap rounded-t-md border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-slate-600 hover:border-slate-300 hover:text-slate-900 focus-visible:-outline-offset-2 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-slate-100 dark:aria-[current=page]:border-brand-100 dark:aria-[current=page]:text-brand-100"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
