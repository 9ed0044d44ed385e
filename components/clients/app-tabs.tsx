import Link from "next/link";

// The app page's sections, each its own address: a link works without JavaScript, can be
// bookmarked and shared, and the browser's back button walks through them.
const TABS = [
  { tab: "overview", path: "", label: "Overview" },
  { tab: "credentials", path: "/credentials", label: "Credentials" },
  { tab: "settings", path: "/settings", label: "Settings" },
  { tab: "usage", path: "/usage", label: "Usage" },
  { tab: "activity", path: "/activity", label: "Activity" },
] as const;

export type AppTab = (typeof TABS)[number]["tab"];

/**
 * The tabs of one app's page; Credentials only for apps that hold secrets. On a phone the bar
 * scrolls sideways rather than wrapping, as tabs do elsewhere.
 */
export function AppTabs({
  clientId,
  current,
  confidential,
}: {
  clientId: string;
  current: AppTab;
  confidential: boolean;
}) {
  const base = `/console/clients/${encodeURIComponent(clientId)}`;
  return (
    <nav aria-label="App sections" className="-mx-4 sm:mx-0">
      {/* The base line is an inset shadow, under the current tab's border: a scrolling list would
          clip a border that overlapped its edge. */}
      <ul className="flex gap-1 overflow-x-auto px-4 shadow-[inset_0_-1px_0_var(--color-slate-200)] sm:px-0 dark:shadow-[inset_0_-1px_0_var(--color-slate-800)]">
        {TABS.filter(({ tab }) => confidential || tab !== "credentials").map(({ tab, path, label }) => (
          <li key={tab} className="shrink-0">
            <Link
              href={`${base}${path}`}
              aria-current={tab === current ? "page" : undefined}
              className="block whitespace-nowrap rounded-t-md border-b-2 border-transparent focus-visible:-outline-offset-2 px-3 py-2.5 text-sm font-medium text-slate-600 hover:border-slate-300 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-slate-100 dark:aria-[current=page]:border-brand-100 dark:aria-[current=page]:text-brand-100"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
