// Shown while a team page loads (the team's pages each bring their own data): announced politely,
// its grey blocks hidden from screen readers.
export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="flex animate-pulse flex-col gap-6">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="h-8 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <div aria-hidden="true" className="h-10 rounded bg-slate-200 dark:bg-slate-800" />
      <div aria-hidden="true" className="h-56 rounded-lg bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
