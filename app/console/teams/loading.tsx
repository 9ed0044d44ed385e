// Shown while a team page loads (the team's pages each bring their own data).
export default function Loading() {
  return (
    <div className="flex animate-pulse flex-col gap-6" aria-busy="true" aria-label="Loading the team">
      <div className="h-8 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-10 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-56 rounded-lg bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
