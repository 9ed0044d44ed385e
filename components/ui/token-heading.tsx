/** A token in a list: its name, and how it begins and ends (its prefix and the hint of its last characters). */
export function TokenHeading({ name, prefix, hint }: { name: string; prefix: string; hint: string }) {
  return (
    <div className="min-w-0">
      <p className="truncate font-medium">{name}</p>
      <p className="font-mono text-xs text-slate-500 dark:text-slate-400">
        {prefix}…{hint}
      </p>
    </div>
  );
}
