/** An event's small diff, as "field: from → to" lines, or its other details as "key: value". */
export function EventDetails({ details }: { details: Record<string, unknown> }) {
  const changes = (details.changes ?? null) as Record<string, { from: unknown; to: unknown }> | null;
  const rest = Object.entries(details).filter(([key]) => key !== "changes");
  if (!rest.length && !changes) return null;
  return (
    <ul className="mt-1 flex flex-col gap-0.5 font-mono text-xs text-slate-600 dark:text-slate-400">
      {changes &&
        Object.entries(changes).map(([field, { from, to }]) => (
          <li key={field} className="break-all">
            {field}: {show(from)} → {show(to)}
          </li>
        ))}
      {rest.map(([key, value]) => (
        <li key={key} className="break-all">
          {key.replaceAll("_", " ")}: {show(value)}
        </li>
      ))}
    </ul>
  );
}

const show = (value: unknown) =>
  value === null || value === undefined
    ? "—"
    : Array.isArray(value)
      ? value.join(", ") || "—"
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
