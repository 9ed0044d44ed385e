import { DateTime } from "@/components/ui/date-time";
import { detailWords, type DetailWord } from "@/lib/kernel/audit/detail-words";

/** An event's small diff, as "field: from → to" lines, and its other details in words. */
export function EventDetails({ details }: { details: Record<string, unknown> }) {
  const changes = (details.changes ?? null) as Record<string, { from: unknown; to: unknown }> | null;
  const rest = Object.entries(details).filter(([key]) => key !== "changes");
  if (!rest.length && !changes) return null;
  return (
    <ul className="mt-1 flex flex-col gap-0.5 text-xs text-slate-600 dark:text-slate-400">
      {changes &&
        Object.entries(changes).map(([field, { from, to }]) => (
          <li key={field} className="break-all">
            {detailWords(field, null).label}: <Value word={detailWords(field, from).value} /> →{" "}
            <Value word={detailWords(field, to).value} />
          </li>
        ))}
      {rest.map(([key, value]) => {
        const word = detailWords(key, value);
        return (
          <li key={key} className="break-all">
            {word.label}: <Value word={word.value} />
          </li>
        );
      })}
    </ul>
  );
}

function Value({ word }: { word: DetailWord["value"] }) {
  return typeof word === "string" ? <>{word}</> : <DateTime value={new Date(word.time)} withTime />;
}
