// Shown while the token list loads.
export default function Loading() {
  return (
    <div className="flex animate-pulse flex-col gap-8" aria-busy="true" aria-label="Loading tokens">
      <div className="h-8 w-72 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-72 rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="h-32 rounded-lg bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
